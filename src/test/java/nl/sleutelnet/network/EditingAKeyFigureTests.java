package nl.sleutelnet.network;

import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/** A coordinator changes a key figure's details; a change by someone else in between is never overwritten. */
@SleutelnetTest
class EditingAKeyFigureTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyFigureService keyFigures;

    @Test
    void the_form_opens_with_the_current_details_and_saves_a_change() throws Exception {
        String family = RegisterTesting.uniqueName("Wijzig");
        KeyFigureId id = register(family);

        String form = mvc.perform(get(path(id)).with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))).andReturn()
                .getResponse().getContentAsString();
        assertThat(form).contains("value=\"" + family + "\"", "name=\"version\" value=\"0\"");

        MockHttpServletResponse saved = mvc.perform(edit(id, family, "0").param("namePrefix", "de")
                .param("email", family + "@voorbeeld.demo")).andReturn().getResponse();

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/sleutelfiguren/" + id);
        KeyFigure after = CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> keyFigures.find(id));
        assertThat(after.displayName()).isEqualTo("Yara de " + family);
        assertThat(after.email().value()).isEqualTo(family.toLowerCase() + "@voorbeeld.demo");
        assertThat(after.version()).isEqualTo(1);
        assertThat(events(id)).isEqualTo("CREATED,UPDATED");
    }

    @Test
    void a_save_based_on_an_older_version_is_refused_with_a_clear_message_and_overwrites_nothing() throws Exception {
        String family = RegisterTesting.uniqueName("Botsing");
        KeyFigureId id = register(family);
        // Someone else saves first.
        assertThat(mvc.perform(edit(id, family, "0").param("namePrefix", "van")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        Map<String, String> before = RegisterTesting.rows(jdbc);

        for (String version : new String[] { "0", "", "oud" }) {
            MockHttpServletResponse late = mvc.perform(edit(id, family, version).param("namePrefix", "ter"))
                    .andReturn().getResponse();

            assertThat(late.getStatus()).isEqualTo(409);
            assertThat(late.getContentAsString()).contains("Iemand anders heeft dit intussen gewijzigd",
                    "Er is niets opgeslagen en niets overschreven", "value=\"ter\"");
        }
        assertThat(RegisterTesting.rows(jdbc)).isEqualTo(before);
        assertThat(CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> keyFigures.find(id)).displayName())
                .isEqualTo("Yara van " + family);
    }

    @Test
    void bad_input_is_refused_next_to_the_field_and_changes_nothing() throws Exception {
        String family = RegisterTesting.uniqueName("Fout");
        KeyFigureId id = register(family);
        Map<String, String> before = RegisterTesting.rows(jdbc);

        MockHttpServletResponse refused = mvc.perform(edit(id, "", "0").param("phone", "bel maar")).andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("id=\"familyName-fout\"", "id=\"phone-fout\"");
        assertThat(RegisterTesting.rows(jdbc)).isEqualTo(before);
    }

    @Test
    void another_municipality_s_key_figure_cannot_be_opened_or_changed_and_a_concern_handler_only_reads()
            throws Exception {
        String family = RegisterTesting.uniqueName("Ander");
        KeyFigureId id = register(family);
        Map<String, String> before = RegisterTesting.rows(jdbc);

        assertThat(mvc.perform(get(path(id)).with(as(Role.COORDINATOR, DemoTenants.WAALBERGEN))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post(path(id)).with(as(Role.COORDINATOR, DemoTenants.WAALBERGEN)).with(csrf())
                .param("givenName", "X").param("familyName", "Y").param("version", "0")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(edit(id, family, "0").with(as(Role.CONCERN_HANDLER, DemoTenants.LINGEDONK)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        String page = mvc.perform(get("/sleutelfiguren/" + id).with(as(Role.CONCERN_HANDLER, DemoTenants.LINGEDONK)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(family).doesNotContain("/wijzigen", "/status", "Tijdlijn", "Gedeeld met partners");
        assertThat(RegisterTesting.rows(jdbc)).isEqualTo(before);
    }

    private KeyFigureId register(String family) {
        return CurrentTenant.callAs(DemoTenants.LINGEDONK,
                () -> keyFigures.register(RegisterTesting.draft("Yara", family)));
    }

    private String events(KeyFigureId id) {
        return CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> jdbc.sql(
                "select string_agg(kind, ',' order by occurred_at) from key_figure_event where key_figure_id = ?")
                .param(id.value()).query(String.class).single());
    }

    private static String path(KeyFigureId id) {
        return "/sleutelfiguren/" + id + "/wijzigen";
    }

    private static MockHttpServletRequestBuilder edit(KeyFigureId id, String family, String version) {
        return post(path(id)).with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)).with(csrf())
                .param("givenName", "Yara").param("familyName", family).param("preferredLanguage", "nl")
                .param("preferredChannel", "PHONE").param("roleTypes", "CONNECTOR").param("version", version);
    }
}
