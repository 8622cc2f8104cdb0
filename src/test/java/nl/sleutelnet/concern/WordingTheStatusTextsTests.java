package nl.sleutelnet.concern;

import static nl.sleutelnet.concern.PortalConcernFixtures.TOWN;
import static nl.sleutelnet.concern.PortalConcernFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.tenancy.CurrentTenant;

/** Concern handlers and administrators word the reporter's standard texts for their municipality, one at a time. */
@SleutelnetTest
class WordingTheStatusTextsTests {

    private static final String PAGE = "/instellingen/terugkoppelteksten";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTextIsShownInDutchAndEnglishAsStandardUntilTheMunicipalityWordsItItself() throws Exception {
        String page = page(Role.CONCERN_HANDLER);
        for (StatusTextKey key : StatusTextKey.values()) {
            assertThat(page).contains("id=\"tekst-" + key.name() + "-nl\"", "id=\"tekst-" + key.name() + "-en\"");
        }
        assertThat(page).contains("Melding ontvangen (automatisch)", "Tussentijds statusbericht",
                "We zijn nog met uw melding bezig.", "E-mails bevatten deze teksten nooit");
        assertThat(occurrences(page, "standaardtekst</span>")).isEqualTo(StatusTextKey.values().length * 2);

        String own = "We werken nog aan uw melding, in Lingedonk.";
        try {
            assertThat(save(Role.ADMINISTRATOR, "STATUS_UPDATE", "nl", own).getStatus()).isEqualTo(302);
            String after = page(Role.CONCERN_HANDLER);
            assertThat(after).contains(own);
            assertThat(occurrences(after, "eigen tekst</span>")).isEqualTo(1);
            assertThat(CurrentTenant.callAs(TOWN, () -> texts().text(StatusTextKey.STATUS_UPDATE, "nl"))).isEqualTo(own);
            assertThat(CurrentTenant.callAs(nl.sleutelnet.tenancy.DemoTenants.MAASOEVER,
                    () -> texts().text(StatusTextKey.STATUS_UPDATE, "nl"))).as("another municipality keeps the standard")
                    .isNotEqualTo(own);
        } finally {
            assertThat(save(Role.CONCERN_HANDLER, "STATUS_UPDATE", "nl", "  ").getStatus()).isEqualTo(302);
        }
        assertThat(occurrences(page(Role.CONCERN_HANDLER), "eigen tekst</span>")).isZero();
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("ONBEKEND", "nl", "Tekst", "Kies een bestaande tekst."),
                Arguments.of("", "nl", "Tekst", "Kies een bestaande tekst."),
                Arguments.of("RECEIVED", "de", "Tekst", "Kies Nederlands of Engels."),
                Arguments.of("RECEIVED", "", "Tekst", "Kies Nederlands of Engels."),
                Arguments.of("RECEIVED", "nl", "x".repeat(2001), "Dit is te lang: gebruik hooguit 2000 tekens."),
                Arguments.of("RECEIVED", "en", "<script>alert(1)</script>\u0000", "Deze tekst bevat tekens die niet zijn toegestaan."));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("badInput")
    void badInputIsRefusedWithADutchMessageAndChangesNothing(String key, String language, String text, String message)
            throws Exception {
        long rows = count(jdbc, "concern_status_text");

        MockHttpServletResponse response = save(Role.CONCERN_HANDLER, key, language, text);

        assertThat(response.getStatus()).isEqualTo(400);
        String html = response.getContentAsString();
        assertThat(html).contains("Controleer het formulier", message).doesNotContain("<script>alert");
        assertThat(count(jdbc, "concern_status_text")).isEqualTo(rows);
    }

    @Test
    void aFormWithoutAnyFieldIsRefusedNotAnError() throws Exception {
        long rows = count(jdbc, "concern_status_text");
        MockHttpServletResponse response = mvc.perform(post(PAGE).with(TestUsers.as(Role.CONCERN_HANDLER, TOWN))
                .with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Kies een bestaande tekst.", "Kies Nederlands of Engels.");
        assertThat(count(jdbc, "concern_status_text")).isEqualTo(rows);
    }

    @Test
    void aRefusedTextComesBackInItsOwnFormAsTyped() throws Exception {
        String tooLong = "Een lange tekst. ".repeat(120);
        String html = save(Role.CONCERN_HANDLER, "CLOSED", "en", tooLong).getContentAsString();
        assertThat(html).contains("id=\"fout-CLOSED-en\"", "aria-invalid=\"true\"", tooLong.strip(),
                "href=\"#veld-CLOSED-en\"");
    }

    @Test
    void keyFiguresAndCoordinatorsMayNotWordTheTexts() throws Exception {
        for (Role role : new Role[] { Role.KEY_FIGURE, Role.COORDINATOR, Role.PARTNER }) {
            assertThat(mvc.perform(get(PAGE).with(TestUsers.as(role, TOWN))).andReturn().getResponse().getStatus())
                    .as(role.name()).isEqualTo(403);
            assertThat(save(role, "RECEIVED", "nl", "Van mij").getStatus()).as(role.name()).isEqualTo(403);
        }
    }

    @Autowired
    StatusTexts statusTexts;

    private StatusTexts texts() {
        return statusTexts;
    }

    private String page(Role role) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(PAGE).with(TestUsers.as(role, TOWN))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse save(Role role, String key, String language, String text) throws Exception {
        return mvc.perform(post(PAGE).with(TestUsers.as(role, TOWN)).with(csrf()).param("sleutel", key)
                .param("taal", language).param("tekst", text)).andReturn().getResponse();
    }

    private static int occurrences(String html, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(html);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
