package nl.sleutelnet.concern;

import static nl.sleutelnet.concern.PortalConcernFixtures.FACTS;
import static nl.sleutelnet.concern.PortalConcernFixtures.TOWN;
import static nl.sleutelnet.concern.PortalConcernFixtures.closeAsCareRoute;
import static nl.sleutelnet.concern.PortalConcernFixtures.concernForm;
import static nl.sleutelnet.concern.PortalConcernFixtures.email;
import static nl.sleutelnet.concern.PortalConcernFixtures.handle;
import static nl.sleutelnet.concern.PortalConcernFixtures.newest;
import static nl.sleutelnet.concern.PortalConcernFixtures.reporter;
import static nl.sleutelnet.concern.PortalConcernFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.tenancy.CurrentTenant;

/**
 * The reporter follows their concern in the portal: reads the municipality's texts, answers a
 * question, says how satisfied they are and asks to reopen — each only when the concern allows it;
 * e-mails say only that there is news; the data download carries the messages, not the facts.
 */
@SleutelnetTest
class FollowingAConcernInThePortalTests {

    private static final String QUESTION = "Weet u via welk platform de filmpjes gedeeld worden?";
    private static final String PERSONAL = "Ik bel u donderdag even om het toe te lichten.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    ReporterConcerns service;

    @Autowired
    ConcernHandling handling;

    @Autowired
    GreenMail greenMail;

    @Test
    void anAnswerIsTakenOnlyWhileAQuestionIsOpen() throws Exception {
        KeyFigureId me = reporter(keyFigures, "Antwoord", "nl");
        mvc.perform(concernForm(me, "terugkoppeling", "PORTAL_ONLY"));
        ConcernId id = newest(service, me);

        assertRefused(post(id, "antwoord", "antwoord", "Via Instagram."), "Er staat op dit moment geen vraag voor u open.");
        handle(handling, id, (s, c, v) -> s.acknowledge(c, v, null));
        handle(handling, id, (s, c, v) -> s.startAssessment(c, v, null));
        handle(handling, id, (s, c, v) -> s.askInformation(c, v, QUESTION));

        String page = page(me, id);
        assertThat(page).contains("De gemeente heeft een vraag aan u.", QUESTION, "Vraag aan u", "name=\"antwoord\"");
        MockHttpServletResponse blank = post(id, "antwoord", "antwoord", "  ");
        assertRefused(blank, "Schrijf uw antwoord.");
        assertThat(blank.getContentAsString()).as("the answer field shows its error like every field")
                .contains("id=\"antwoord-tekst-fout\"", "aria-invalid=\"true\"",
                        "aria-describedby=\"antwoord-tekst-hint antwoord-tekst-fout\"",
                        "name=\"antwoord\" rows=\"5\" maxlength=\"" + ConcernInput.MAX_NARRATIVE + "\"");
        MockHttpServletResponse answered = post(id, "antwoord", "antwoord", "Via Instagram, in een groep.");
        assertThat(answered.getStatus()).isEqualTo(302);

        assertThat(PortalConcernFixtures.concern(handling, id).status()).isEqualTo(ConcernStatus.IN_ASSESSMENT);
        assertThat(page(me, id)).contains("Uw antwoord", "Via Instagram, in een groep.", "Wordt beoordeeld")
                .doesNotContain("name=\"antwoord\"");
        assertThat(CurrentTenant.callAs(TOWN, () -> jdbc.sql(
                "select personal_text from concern_message where concern_id = ? and kind = 'ANSWER'")
                .param(id.value()).query(String.class).single())).startsWith("v1:").doesNotContain("Instagram");
        assertRefused(post(id, "antwoord", "antwoord", "Nog iets."), "Er staat op dit moment geen vraag voor u open.");
    }

    @Test
    void theSatisfactionQuestionIsAnsweredOnceAfterClosingAndNotSatisfiedOffersAReopen() throws Exception {
        KeyFigureId me = reporter(keyFigures, "Tevreden", "nl");
        mvc.perform(concernForm(me, "terugkoppeling", "PORTAL_ONLY"));
        ConcernId id = newest(service, me);

        assertRefused(post(id, "tevredenheid", "tevredenheid", "SATISFIED"),
                "Deze vraag kunt u beantwoorden na het afsluiten, één keer.");
        assertThat(page(me, id)).doesNotContain("name=\"tevredenheid\"", "name=\"reden\"");
        closeAsCareRoute(handling, id);

        assertThat(page(me, id)).contains("Afgesloten", "Hoe tevreden bent u?", "name=\"tevredenheid\"",
                "Opnieuw laten bekijken", "name=\"reden\"").doesNotContain("Niet tevreden?")
                .as("the handling is not shown").doesNotContain("Jongerenwerk gaat in gesprek", "Zorgroute");
        assertRefused(post(id, "tevredenheid", "tevredenheid", ""), "Kies een antwoord.");
        MockHttpServletResponse rated = post(id, "tevredenheid", "tevredenheid", "NOT_SATISFIED");
        assertThat(rated.getStatus()).isEqualTo(302);
        assertThat(rated.getRedirectedUrl()).endsWith("/portaal/zorgen/" + id.value() + "#heropenen");

        assertThat(PortalConcernFixtures.concern(handling, id).satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
        String after = page(me, id);
        assertThat(after).contains("Niet tevreden?", "name=\"reden\"", "U gaf aan: Niet tevreden.")
                .doesNotContain("name=\"tevredenheid\"");
        assertThat(after.indexOf("Niet tevreden?")).as("offered before the messages").isLessThan(after.indexOf("Berichten"));
        assertRefused(post(id, "tevredenheid", "tevredenheid", "SATISFIED"),
                "Deze vraag kunt u beantwoorden na het afsluiten, één keer.");
    }

    @Test
    void aReopenRequestNeedsAReasonAndAClosedConcern() throws Exception {
        KeyFigureId me = reporter(keyFigures, "Heropen", "nl");
        mvc.perform(concernForm(me, "terugkoppeling", "PORTAL_ONLY"));
        ConcernId id = newest(service, me);

        assertRefused(post(id, "heropenen", "reden", "Er is iets nieuws."),
                "Alleen een afgesloten melding kan opnieuw bekeken worden.");
        closeAsCareRoute(handling, id);
        assertRefused(post(id, "heropenen", "reden", ""), "Schrijf kort waarom.");
        assertRefused(post(id, "heropenen", "reden", "x".repeat(1001)), "Dit is te lang: gebruik hooguit 1000 tekens.");
        assertThat(PortalConcernFixtures.concern(handling, id).status()).isEqualTo(ConcernStatus.CLOSED);

        assertThat(post(id, "heropenen", "reden", "Ik zie het gedrag nog steeds.").getStatus()).isEqualTo(302);

        Concern reopened = PortalConcernFixtures.concern(handling, id);
        assertThat(reopened.status()).isEqualTo(ConcernStatus.IN_ASSESSMENT);
        assertThat(reopened.reopenedCount()).isEqualTo(1);
        assertThat(page(me, id)).contains("Uw verzoek om heropening", "Ik zie het gedrag nog steeds.",
                "We hebben uw verzoek ontvangen om de melding opnieuw te bekijken.", "Wordt beoordeeld")
                .doesNotContain("name=\"reden\"");
        assertRefused(post(id, "heropenen", "reden", "Nog een keer."),
                "Alleen een afgesloten melding kan opnieuw bekeken worden.");
    }

    @Test
    void theReporterIsMailedThatThereIsNewsAndNothingElse() throws Exception {
        KeyFigureId me = reporter(keyFigures, "Mail", "nl");
        String address = email(keyFigures, me);
        mvc.perform(concernForm(me));
        ConcernId id = newest(service, me);
        handle(handling, id, (s, c, v) -> s.acknowledge(c, v, PERSONAL));
        String reference = PortalConcernFixtures.concern(handling, id).reference();

        List<MimeMessage> mails = mailsTo(address, 2);
        assertThat(mails).hasSize(2);
        for (MimeMessage mail : mails) {
            String body = GreenMailUtil.getBody(mail);
            assertThat(mail.getSubject()).isEqualTo("Er is nieuws voor u in het Sleutelnet-portaal");
            assertThat(body).contains("Er staat een nieuw bericht voor u klaar", "/portaal")
                    .doesNotContain(FACTS, reference, PERSONAL, "jongen", "We hebben uw melding ontvangen",
                            "in behandeling genomen", "Ontvangen", id.value().toString());
            assertThat(mail.getSubject()).doesNotContain(reference);
        }
    }

    @Test
    void aReporterWhoChosePortalOnlyGetsNoMail() throws Exception {
        KeyFigureId quiet = reporter(keyFigures, "Stil", "nl");
        mvc.perform(concernForm(quiet, "terugkoppeling", "PORTAL_ONLY"));
        ConcernId id = newest(service, quiet);
        handle(handling, id, (s, c, v) -> s.acknowledge(c, v, PERSONAL));
        // A mail to someone else, sent afterwards, shows the mail server has taken everything sent before.
        KeyFigureId loud = reporter(keyFigures, "Luid", "nl");
        mvc.perform(concernForm(loud));
        assertThat(mailsTo(email(keyFigures, loud), 1)).hasSize(1);

        assertThat(mailsTo(email(keyFigures, quiet), 0)).isEmpty();
        assertThat(page(quiet, id)).contains(PERSONAL);
    }

    @Test
    void theReporterReadsTheMunicipalitysOwnTextInTheirLanguage() throws Exception {
        String dutch = "Lingedonk heeft uw melding opgepakt. U hoort binnen tien werkdagen meer.";
        String english = "Lingedonk has taken up your concern. You will hear more within ten working days.";
        try {
            saveText("ACKNOWLEDGED", "nl", dutch);
            saveText("ACKNOWLEDGED", "en", english);
            KeyFigureId dutchReporter = reporter(keyFigures, "Nederlands", "nl");
            KeyFigureId englishReporter = reporter(keyFigures, "Engels", "en");
            for (KeyFigureId reporter : List.of(dutchReporter, englishReporter)) {
                mvc.perform(concernForm(reporter, "terugkoppeling", "PORTAL_ONLY"));
                ConcernId id = newest(service, reporter);
                handle(handling, id, (s, c, v) -> s.acknowledge(c, v, null));
            }

            assertThat(page(dutchReporter, newest(service, dutchReporter))).contains(dutch).doesNotContain(english,
                    "in behandeling genomen");
            assertThat(page(englishReporter, newest(service, englishReporter))).contains(english)
                    .doesNotContain(dutch);
        } finally {
            saveText("ACKNOWLEDGED", "nl", "");
            saveText("ACKNOWLEDGED", "en", "");
        }
    }

    @Test
    void theDownloadCarriesTheMessagesButNotTheFacts() throws Exception {
        KeyFigureId me = reporter(keyFigures, "Download", "nl");
        mvc.perform(concernForm(me, "terugkoppeling", "PORTAL_ONLY", "bron", "TOLD_BY_SOMEONE", "bronNaam", "Fatima",
                "bronToestemming", "true"));
        ConcernId id = newest(service, me);
        handle(handling, id, (s, c, v) -> s.acknowledge(c, v, PERSONAL));
        String reference = PortalConcernFixtures.concern(handling, id).reference();

        MockHttpServletResponse download = mvc.perform(get("/portaal/mijn-gegevens.json").with(signedIn(me)))
                .andReturn().getResponse();

        assertThat(download.getStatus()).isEqualTo(200);
        String json = download.getContentAsString();
        assertThat(json).contains("\"zorgmeldingen\"", reference, "We hebben uw melding ontvangen.", PERSONAL,
                "\"ACKNOWLEDGED\"", "\"MUNICIPALITY\"")
                .doesNotContain(FACTS, "afzet tegen iedereen", "naar school", "Fatima", "AGE_12_17",
                        "TOLD_BY_SOMEONE");
        assertThat(mvc.perform(get("/portaal/gegevens").with(signedIn(me))).andReturn().getResponse()
                .getContentAsString()).contains("Zorgen en adviesvragen die u deelde", reference, PERSONAL)
                .doesNotContain(FACTS);
    }

    private void saveText(String key, String language, String text) throws Exception {
        MockHttpServletResponse response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/instellingen/terugkoppelteksten").with(TestUsers.as(Role.CONCERN_HANDLER, TOWN)).with(csrf())
                .param("sleutel", key).param("taal", language).param("tekst", text)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
    }

    /** The mails that reached the server for an address, after waiting for at least {@code atLeast} of them. */
    private List<MimeMessage> mailsTo(String address, int atLeast) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (int attempt = 0; attempt < 50; attempt++) {
            found.clear();
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address)) {
                    found.add(m);
                }
            }
            if (found.size() >= atLeast) {
                return found;
            }
            greenMail.waitForIncomingEmail(100, greenMail.getReceivedMessages().length + 1);
        }
        return found;
    }

    private MockHttpServletResponse post(ConcernId id, String action, String field, String value) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/portaal/zorgen/" + id.value() + "/" + action).with(signedIn(owner(id))).with(csrf())
                .param(field, value)).andReturn().getResponse();
    }

    private KeyFigureId owner(ConcernId id) {
        return PortalConcernFixtures.concern(handling, id).keyFigure();
    }

    private void assertRefused(MockHttpServletResponse response, String message) throws Exception {
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Controleer het formulier", message);
    }

    private String page(KeyFigureId me, ConcernId id) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/portaal/zorgen/" + id.value()).with(signedIn(me)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
