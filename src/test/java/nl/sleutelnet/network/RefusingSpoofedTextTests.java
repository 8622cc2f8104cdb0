package nl.sleutelnet.network;

import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Characters that spoof a name or reorder a text (bidirectional overrides and isolates,
 * zero-width characters, the byte order mark, noncharacters) are refused in a key figure's
 * name, through the API and the form alike, with a clear message; nothing is written (ADR 0016).
 */
@SleutelnetTest
class RefusingSpoofedTextTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = { "Sam\u202eari", "\u202aSamira", "Sami\u202dra", "Sami\u2066ra\u2069", "Sami\u2067ra",
            "Sami\u2068ra", "Sam\u200bira", "Sam\u200cira", "Sam\u200dira", "\ufeffSamira", "Samira\ufffe",
            "Samira\uffff" })
    void the_api_refuses_such_a_name_as_a_problem_and_writes_nothing(String givenName) throws Exception {
        Map<String, String> before = RegisterTesting.rows(jdbc);
        ObjectNode body = JSON.createObjectNode().put("voornaam", givenName)
                .put("achternaam", RegisterTesting.uniqueName("Spoof")).put("taal", "nl").put("kanaal", "PHONE");
        body.putArray("rollen").add("DOER");
        body.putArray("gebieden").add("WK990301");
        body.putArray("netwerken").add("YOUTH");

        MockHttpServletResponse response = mvc.perform(post("/api/v1/sleutelfiguren")
                .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body.toString())).andReturn().getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode params = JSON.readTree(response.getContentAsString()).path("invalidParams");
        assertThat(params.values()).extracting(p -> p.path("name").asString()).containsExactly("voornaam");
        assertThat(params.values()).extracting(p -> p.path("reason").asString())
                .containsExactly("De naam bevat tekens die in een naam niet voorkomen, zoals < > @ # of regeleinden.");
        assertThat(RegisterTesting.rows(jdbc)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = { "van den Berg\u202e", "Berg\u2066", "Be\u200brg", "Berg\ufeff" })
    void the_form_refuses_such_a_name_next_to_its_field_and_writes_nothing(String familyName) throws Exception {
        Map<String, String> before = RegisterTesting.rows(jdbc);

        MockHttpServletResponse response = mvc.perform(post("/sleutelfiguren/nieuw")
                .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)).with(csrf()).param("givenName", "Samira")
                .param("familyName", familyName).param("preferredLanguage", "nl").param("preferredChannel", "PHONE")
                .param("areaCodes", "WK990301").param("networkKinds", "YOUTH").param("roleTypes", "DOER"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Controleer het formulier", "id=\"familyName-fout\"",
                "De naam bevat tekens die in een naam niet voorkomen");
        assertThat(RegisterTesting.rows(jdbc)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Bijdrage\u202e buurtfeest", "Bij\u200bdrage", "\u2067Bijdrage" })
    void a_reciprocity_title_with_them_is_refused_with_the_shared_message(String title) throws Exception {
        String keyFigure = aKeyFigure();
        Map<String, String> before = RegisterTesting.rows(jdbc);

        MockHttpServletResponse response = mvc.perform(post("/api/v1/sleutelfiguren/" + keyFigure + "/wederkerigheid")
                .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.createObjectNode().put("richting", "KEY_FIGURE_ASKED").put("soort", "SMALL_GRANT")
                        .put("titel", title).put("bedrag", "10").toString())).andReturn().getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        JsonNode params = JSON.readTree(response.getContentAsString()).path("invalidParams");
        assertThat(params.values()).extracting(p -> p.path("name").asString()).containsExactly("titel");
        assertThat(params.values()).extracting(p -> p.path("reason").asString()).singleElement().asString()
                .startsWith("Deze tekst bevat tekens die niet zijn toegestaan");
        assertThat(RegisterTesting.rows(jdbc)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(ints = { 121, 500 })
    void a_too_long_title_is_refused_with_the_limit_in_the_message(int length) throws Exception {
        String keyFigure = aKeyFigure();

        MockHttpServletResponse response = mvc.perform(post("/api/v1/sleutelfiguren/" + keyFigure + "/wederkerigheid")
                .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.createObjectNode().put("richting", "KEY_FIGURE_ASKED").put("soort", "SMALL_GRANT")
                        .put("titel", "😀".repeat(length)).put("bedrag", "10").toString())).andReturn().getResponse();

        JsonNode params = JSON.readTree(response.getContentAsString()).path("invalidParams");
        assertThat(params.values()).extracting(p -> p.path("reason").asString())
                .containsExactly("Deze tekst is te lang: gebruik maximaal 120 tekens.");
    }

    private String aKeyFigure() {
        return CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> jdbc.sql(
                "select id::text from key_figure where status = 'ACTIVE' order by id limit 1").query(String.class).single());
    }
}
