package nl.sleutelnet.organisation;

import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.HostileInput;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A coordinator keeps the municipality's organisations, on screen and through the API; bad input changes nothing. */
@SleutelnetTest
class ManagingOrganisationsTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_coordinator_adds_an_organisation_and_changes_it() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/organisaties").with(as(Role.COORDINATOR, DemoTenants.MAASOEVER))
                .with(csrf()).param("naam", "  Buurthuis   De Kade ").param("soort", "NEIGHBOURHOOD")
                .param("gebied", "WK990104").param("website", "https://dekade.example.org")).andReturn().getResponse();

        assertThat(created.getStatus()).isEqualTo(302);
        String location = created.getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/organisaties/".length()));
        assertThat(nameAndVersion(id)).isEqualTo("Buurthuis De Kade|0");

        MockHttpServletResponse changed = mvc.perform(post(location).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER))
                .with(csrf()).param("versie", "0").param("naam", "Buurthuis De Kade-Noord").param("soort", "NEIGHBOURHOOD"))
                .andReturn().getResponse();
        assertThat(changed.getStatus()).isEqualTo(302);
        assertThat(nameAndVersion(id)).isEqualTo("Buurthuis De Kade-Noord|1");

        MockHttpServletResponse stale = mvc.perform(post(location).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER))
                .with(csrf()).param("versie", "0").param("naam", "Oud").param("soort", "NEIGHBOURHOOD"))
                .andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(nameAndVersion(id)).isEqualTo("Buurthuis De Kade-Noord|1");
    }

    @Test
    void bad_input_is_refused_next_to_the_fields_and_changes_nothing() throws Exception {
        String before = OrganisationFixtures.digest(jdbc);

        MockHttpServletResponse response = mvc.perform(post("/organisaties").with(as(Role.COORDINATOR, DemoTenants.MAASOEVER))
                .with(csrf()).param("naam", "").param("soort", "ONBEKEND").param("gebied", "WK000000")
                .param("website", "javascript:alert(1)")).andReturn().getResponse();
        String duplicate = mvc.perform(post("/organisaties").with(as(Role.COORDINATOR, DemoTenants.MAASOEVER))
                .with(csrf()).param("naam", OrganisationFixtures.nameOf(jdbc,
                        OrganisationFixtures.organisationOfKind(jdbc, DemoTenants.MAASOEVER, "YOUTH")).toUpperCase())
                .param("soort", "YOUTH")).andReturn().getResponse().getContentAsString();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Controleer het formulier",
                "Vul de naam van de organisatie in.", "Kies een soort uit de lijst van uw gemeente.",
                "Kies een wijk of buurt uit de lijst van uw gemeente.", "Vul een volledig webadres in",
                "aria-describedby=\"naam-fout\"", "aria-invalid=\"true\"");
        assertThat(duplicate).contains("Er is al een organisatie met deze naam.");
        assertThat(OrganisationFixtures.digest(jdbc)).isEqualTo(before);
    }

    @TestFactory
    Stream<DynamicTest> hostile_names_and_search_terms_never_break_anything_and_write_nothing() {
        HostileInput input = HostileInput.forTest("organisation name");
        String before = OrganisationFixtures.digest(jdbc);
        return Stream.concat(input.tests(input.samples(20), sample -> {
            try {
                MockHttpServletResponse page = mvc.perform(post("/organisaties")
                        .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)).with(csrf()).param("naam", sample)
                        .param("soort", sample).param("gebied", "WK990101").param("website", sample))
                        .andReturn().getResponse();
                assertThat(page.getStatus()).isEqualTo(400);
                assertThat(page.getContentAsString()).doesNotContain("<script>alert", "<img src=x", "<svg onload");
                MockHttpServletResponse search = mvc.perform(get("/organisaties").param("zoek", sample)
                        .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER))).andReturn().getResponse();
                assertThat(search.getStatus()).isIn(200, 400);
                assertThat(search.getContentAsString()).doesNotContain("<script>alert", "<img src=x");
                MockHttpServletResponse api = mvc.perform(post("/api/v1/organisaties")
                        .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(java.util.Map.of("naam", sample, "soort", sample))))
                        .andReturn().getResponse();
                assertThat(api.getStatus()).isEqualTo(400);
                assertThat(api.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }), Stream.of(dynamicTest("wrote nothing", () -> assertThat(OrganisationFixtures.digest(jdbc)).isEqualTo(before))));
    }

    @Test
    void another_municipalitys_organisation_is_not_found() throws Exception {
        UUID foreign = OrganisationFixtures.organisationOfKind(jdbc, DemoTenants.WAALBERGEN, "YOUTH");
        String before = OrganisationFixtures.digest(jdbc);

        assertThat(mvc.perform(get("/organisaties/" + foreign).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/organisaties/" + foreign).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/organisaties/" + foreign).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER))
                .with(csrf()).param("versie", "0").param("naam", "Overgenomen").param("soort", "YOUTH"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/organisaties?paginaGrootte=100").with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)))
                .andReturn().getResponse().getContentAsString()).doesNotContain(foreign.toString(), "Waalbergen");
        assertThat(mvc.perform(get("/organisaties/niet-een-id").with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(OrganisationFixtures.digest(jdbc)).isEqualTo(before);
    }

    @Test
    void the_api_creates_an_organisation_and_answers_problems_for_bad_input() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/api/v1/organisaties")
                .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"naam\":\"Sportclub De Sprong\",\"soort\":\"SPORTS\",\"gebied\":\"BU99010101\"}"))
                .andReturn().getResponse();

        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.getContentAsString());
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/organisaties/" + body.path("id").asString());
        assertThat(body.path("naam").asString()).isEqualTo("Sportclub De Sprong");
        assertThat(body.path("gebied").asString()).isEqualTo("BU99010101");

        String before = OrganisationFixtures.digest(jdbc);
        MockHttpServletResponse sensitive = mvc.perform(post("/api/v1/organisaties")
                .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"naam\":\"Gebedshuis\",\"soort\":\"FAITH_BASED\"}")).andReturn().getResponse();
        MockHttpServletResponse empty = mvc.perform(post("/api/v1/organisaties")
                .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andReturn().getResponse();
        MockHttpServletResponse handler = mvc.perform(post("/api/v1/organisaties")
                .with(as(Role.CONCERN_HANDLER, DemoTenants.MAASOEVER)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"naam\":\"Iets\",\"soort\":\"SPORTS\"}")).andReturn().getResponse();

        assertThat(sensitive.getStatus()).isEqualTo(400);
        assertThat(sensitive.getContentAsString()).contains("invalidParams", "soort", "niet via de API");
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(JSON.readTree(empty.getContentAsString()).path("invalidParams").values())
                .extracting(p -> p.path("name").asString()).contains("naam", "soort");
        assertThat(handler.getStatus()).isEqualTo(403);
        assertThat(OrganisationFixtures.digest(jdbc)).isEqualTo(before);
    }

    private String nameAndVersion(UUID id) {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc
                .sql("select name || '|' || version from organisation where id = ?").param(id).query(String.class).single());
    }
}
