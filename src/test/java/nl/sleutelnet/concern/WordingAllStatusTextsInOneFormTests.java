package nl.sleutelnet.concern;

import static nl.sleutelnet.concern.PortalConcernFixtures.TOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.tenancy.CurrentTenant;

/** All standard texts are one form: saved at once, checked per field, nothing saved when one is bad, stale forms refused. */
@SleutelnetTest
class WordingAllStatusTextsInOneFormTests {

    private static final String PAGE = "/instellingen/terugkoppelteksten";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatusTexts texts;

    @AfterEach
    void backToTheStandard() {
        CurrentTenant.runAs(TOWN, () -> jdbc.sql("delete from concern_status_text").update());
    }

    @Test
    void thePageIsOneFormWithOneSaveButtonAndEveryTextInIt() throws Exception {
        String page = page();
        assertThat(occurrences(page, "<form")).as("one form, besides the layout's own").isLessThanOrEqualTo(
                occurrences(layoutOnly(), "<form") + 1);
        assertThat(occurrences(page, "Alle teksten opslaan")).isOne();
        for (StatusTextKey key : StatusTextKey.values()) {
            assertThat(page).contains("name=\"tekst-" + key.name() + "-nl\"", "name=\"tekst-" + key.name() + "-en\"");
        }
    }

    @Test
    void changedTextsAreSavedTogetherWithOneAuditEntry() throws Exception {
        long audits = audits();
        MockHttpServletResponse response = mvc.perform(all(version())
                .param("tekst-STATUS_UPDATE-nl", "We zijn er nog mee bezig, in Lingedonk.")
                .param("tekst-CLOSED-en", "We have closed your concern, Lingedonk.")
                .param("tekst-RECEIVED-nl", standard(StatusTextKey.RECEIVED, "nl"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(text(StatusTextKey.STATUS_UPDATE, "nl")).isEqualTo("We zijn er nog mee bezig, in Lingedonk.");
        assertThat(text(StatusTextKey.CLOSED, "en")).isEqualTo("We have closed your concern, Lingedonk.");
        assertThat(ownRows()).as("the standard wording is not stored as own").isEqualTo(2);
        assertThat(audits()).isEqualTo(audits + 1);
        assertThat(occurrences(page(), "eigen tekst</span>")).isEqualTo(2);
    }

    @Test
    void oneBadTextSavesNothingAndEveryTypedTextComesBack() throws Exception {
        MockHttpServletResponse response = mvc.perform(all(version())
                .param("tekst-STATUS_UPDATE-nl", "Een goede nieuwe tekst.")
                .param("tekst-CLOSED-en", "x".repeat(2001))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        String html = response.getContentAsString();
        assertThat(html).contains("Controleer het formulier", "href=\"#veld-CLOSED-en\"", "id=\"fout-CLOSED-en\"",
                "Een goede nieuwe tekst.", "aria-invalid=\"true\"");
        assertThat(occurrences(html, "aria-invalid=\"true\"")).isOne();
        assertThat(ownRows()).isZero();
    }

    @Test
    void aFormOpenedBeforeAColleagueSavedIsRefusedAndChangesNothing() throws Exception {
        String seen = version();
        assertThat(mvc.perform(all(seen).param("tekst-ACKNOWLEDGED-nl", "Van een collega.")).andReturn()
                .getResponse().getStatus()).isEqualTo(302);
        MockHttpServletResponse stale = mvc.perform(all(seen).param("tekst-ACKNOWLEDGED-nl", "Van mij.")
                .param("tekst-CLOSED-nl", "Ook van mij.")).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("Iemand anders heeft de teksten intussen gewijzigd");
        assertThat(text(StatusTextKey.ACKNOWLEDGED, "nl")).isEqualTo("Van een collega.");
        assertThat(ownRows()).isOne();
    }

    private MockHttpServletRequestBuilder all(String version) {
        return post(PAGE).with(TestUsers.as(Role.CONCERN_HANDLER, TOWN)).with(csrf()).param("versie", version);
    }

    private String version() {
        return CurrentTenant.callAs(TOWN, texts::version);
    }

    private String text(StatusTextKey key, String language) {
        return CurrentTenant.callAs(TOWN, () -> texts.text(key, language));
    }

    private String standard(StatusTextKey key, String language) {
        return CurrentTenant.callAs(TOWN, () -> texts.all().stream()
                .filter(t -> t.key() == key && t.language().equals(language)).findFirst().orElseThrow().body());
    }

    private long ownRows() {
        return PortalConcernFixtures.count(jdbc, "concern_status_text");
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_event where record_type = 'concern_status_text'")
                .query(Long.class).single();
    }

    private String page() throws Exception {
        MockHttpServletResponse response = mvc.perform(get(PAGE).with(TestUsers.as(Role.CONCERN_HANDLER, TOWN)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The forms every page has (sign out), to count this page's own. */
    private String layoutOnly() throws Exception {
        return mvc.perform(get("/zorgmeldingen").with(TestUsers.as(Role.CONCERN_HANDLER, TOWN))).andReturn()
                .getResponse().getContentAsString().replaceAll("(?s)<main.*</main>", "");
    }

    private static int occurrences(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }
}
