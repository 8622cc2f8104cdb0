package nl.sleutelnet.concern;

import static nl.sleutelnet.concern.PortalConcernFixtures.FACTS;
import static nl.sleutelnet.concern.PortalConcernFixtures.TOWN;
import static nl.sleutelnet.concern.PortalConcernFixtures.adviceForm;
import static nl.sleutelnet.concern.PortalConcernFixtures.concernForm;
import static nl.sleutelnet.concern.PortalConcernFixtures.concernsOf;
import static nl.sleutelnet.concern.PortalConcernFixtures.count;
import static nl.sleutelnet.concern.PortalConcernFixtures.reporter;
import static nl.sleutelnet.concern.PortalConcernFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.sleutelnet.HostileInput;
import nl.sleutelnet.RowCounts;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * A key figure raises a concern, or asks anonymous advice, in the portal: what is valid is stored
 * (narrative encrypted) with the "received" message; what is not is refused with Dutch messages and
 * stores nothing; another's concern, or another municipality's, is not found.
 */
@SleutelnetTest
class RaisingAConcernAsAKeyFigureTests {

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

    @Test
    void aValidConcernIsStoredWithTheReceivedMessageAndListedAsReceived() throws Exception {
        KeyFigureId me = reporter(keyFigures, "Melder", "nl");
        String area = CurrentTenant.callAs(TOWN, () -> keyFigures.areas().get(0).code());

        MockHttpServletResponse raised = mvc.perform(concernForm(me, "gebied", area, "bron", "TOLD_BY_SOMEONE",
                "bronNaam", "Fatima", "bronToestemming", "true")).andReturn().getResponse();

        assertThat(raised.getStatus()).isEqualTo(302);
        assertThat(raised.getRedirectedUrl()).isEqualTo("/portaal/zorgen");
        List<ReporterConcernLine> mine = concernsOf(service, me);
        assertThat(mine).hasSize(1);
        ReporterConcernLine line = mine.get(0);
        assertThat(line.status()).isEqualTo(ConcernStatus.RECEIVED);
        assertThat(line.kind()).isEqualTo(ConcernKind.CONCERN);
        Concern stored = PortalConcernFixtures.concern(handling, line.id());
        assertThat(stored.raisedByHandler()).isFalse();
        assertThat(stored.ageBand()).isEqualTo(AgeBand.AGE_12_17);
        assertThat(stored.areaCode()).isEqualTo(area);
        assertThat(stored.facts()).isEqualTo(FACTS);
        assertThat(stored.sourceNamed()).isEqualTo("Fatima");
        assertThat(stored.feedbackChannel()).isEqualTo(FeedbackChannel.EMAIL_AND_PORTAL);
        Map<String, Object> row = CurrentTenant.callAs(TOWN, () -> jdbc.sql(
                "select facts, interpretation, source_named, counter_signs from concern where id = ?")
                .param(line.id().value()).query().singleRow());
        assertThat(row.values()).allSatisfy(v -> assertThat((String) v).startsWith("v1:").doesNotContain("Fatima", "jongen", "school"));
        List<String> messages = CurrentTenant.callAs(TOWN, () -> jdbc.sql(
                "select kind || '/' || shown_status from concern_message where concern_id = ?").param(line.id().value())
                .query(String.class).list());
        assertThat(messages).containsExactly("STATUS/RECEIVED");

        String list = mvc.perform(get("/portaal/zorgen").with(signedIn(me))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(line.reference(), "Ontvangen", "Zorg over iemand", "Nieuw bericht");
        String page = mvc.perform(get("/portaal/zorgen/" + line.id().value()).with(signedIn(me))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Melding " + line.reference(), "We hebben uw melding ontvangen.")
                .doesNotContain(FACTS, "Fatima", "afzet tegen iedereen", "naar school", "12 tot en met 17");
        assertThat(concernsOf(service, me).get(0).unread()).as("opening it read the message").isZero();
    }

    @Test
    void anonymousAdviceIsStoredWithoutAnythingAboutAPerson() throws Exception {
        KeyFigureId me = reporter(keyFigures, "Advies", "nl");

        assertThat(mvc.perform(adviceForm(me)).andReturn().getResponse().getStatus()).isEqualTo(302);

        ReporterConcernLine line = concernsOf(service, me).get(0);
        Concern stored = PortalConcernFixtures.concern(handling, line.id());
        assertThat(stored.kind()).isEqualTo(ConcernKind.ADVICE);
        assertThat(stored.ageBand()).isNull();
        assertThat(stored.areaCode()).isNull();
        assertThat(stored.sourceKind()).isNull();
    }

    @Test
    void theFormStartsWithTheAcuteDangerNoticeAndTheAdviceFormHasNoPersonFields() throws Exception {
        KeyFigureId me = reporter(keyFigures, "Formulier", "nl");
        String choice = page(me, "/portaal/zorgen/nieuw");
        String concern = page(me, "/portaal/zorgen/nieuw?soort=CONCERN");
        String advice = page(me, "/portaal/zorgen/nieuw?soort=ADVICE");

        for (String html : List.of(choice, concern, advice)) {
            assertThat(html).contains("Acuut gevaar?", "Bel direct 112 of de politie", "Een baard, bidden, kleding, een hoofddoek");
            assertThat(html.indexOf("Acuut gevaar?")).as("the notice comes before any form").isLessThan(
                    html.indexOf("Wat is een signaal"));
        }
        assertThat(choice).contains("?soort=CONCERN", "?soort=ADVICE").doesNotContain("name=\"feiten\"");
        assertThat(concern).contains("name=\"leeftijd\"", "name=\"gebied\"", "Noem geen naam", "name=\"feiten\"",
                "name=\"interpretatie\"", "name=\"tegenindicaties\"", "name=\"bron\"", "name=\"bronNaam\"",
                "name=\"bronToestemming\"", "name=\"terugkoppeling\"", "<legend");
        assertThat(advice).contains("name=\"feiten\"", "name=\"terugkoppeling\"", "value=\"ADVICE\"")
                .doesNotContain("name=\"leeftijd\"", "name=\"gebied\"");
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of("soort", "", "Kies of het om een zorg over iemand of om een adviesvraag gaat."),
                Arguments.of("soort", "ANDERS", "Kies of het om een zorg over iemand of om een adviesvraag gaat."),
                Arguments.of("leeftijd", "", "Kies een leeftijdsgroep"),
                Arguments.of("leeftijd", "AGE_99", "Kies een leeftijdsgroep"),
                Arguments.of("gebied", "BU99999999", "Kies een gebied uit de lijst, of laat het leeg."),
                Arguments.of("feiten", " ", "Beschrijf wat u zelf hebt gezien of gehoord."),
                Arguments.of("feiten", "x".repeat(4001), "Dit is te lang: gebruik hooguit 4000 tekens."),
                Arguments.of("interpretatie", "x".repeat(4001), "Dit is te lang: gebruik hooguit 4000 tekens."),
                Arguments.of("tegenindicaties", "bel\u0007", "Deze tekst bevat tekens die niet zijn toegestaan."),
                Arguments.of("feiten", "Hij zei \u202Egnitset\u202C op het plein", "Deze tekst bevat tekens die niet zijn toegestaan."),
                Arguments.of("interpretatie", "on\u200Bzichtbaar", "Deze tekst bevat tekens die niet zijn toegestaan."),
                Arguments.of("bron", "", "Kies waar uw informatie vandaan komt."),
                Arguments.of("bron", "GERUCHT", "Kies waar uw informatie vandaan komt."),
                Arguments.of("bronNaam", "Fatima", "Noem een bron alleen als die persoon daarmee instemt."),
                Arguments.of("terugkoppeling", "", "Kies hoe u op de hoogte wilt blijven."),
                Arguments.of("terugkoppeling", "SMS", "Kies hoe u op de hoogte wilt blijven."));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badFields")
    void everyBadFieldIsRefusedWithADutchMessageAndNothingIsStored(String field, String value, String message)
            throws Exception {
        KeyFigureId me = reporter(keyFigures, "Fout", "nl");
        long messages = count(jdbc, "concern_message");

        MockHttpServletResponse response = mvc.perform(concernForm(me, field, value)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Controleer het formulier", message);
        assertThat(concernsOf(service, me)).isEmpty();
        assertThat(count(jdbc, "concern_message")).isEqualTo(messages);
    }

    @Test
    void aNamedSourceIsOnlyForSomethingSomeoneElseTold() throws Exception {
        KeyFigureId me = reporter(keyFigures, "Bron", "nl");
        MockHttpServletResponse response = mvc.perform(concernForm(me, "bronNaam", "Fatima",
                "bronToestemming", "true")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Een bron noemt u alleen als iemand anders het u heeft verteld.")
                .as("what was typed comes back").contains("value=\"Fatima\"", FACTS);
        assertThat(concernsOf(service, me)).isEmpty();
    }

    @Test
    void adviceWithAnAgeBandOrAnAreaIsRefused() throws Exception {
        KeyFigureId me = reporter(keyFigures, "Adviesfout", "nl");
        String area = CurrentTenant.callAs(TOWN, () -> keyFigures.areas().get(0).code());
        for (MockHttpServletResponse response : List.of(
                mvc.perform(adviceForm(me, "leeftijd", "AGE_18_23")).andReturn().getResponse(),
                mvc.perform(adviceForm(me, "gebied", area)).andReturn().getResponse())) {
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentAsString())
                    .contains("Bij een adviesvraag vult u niets in over een persoon: geen leeftijd en geen gebied.")
                    .doesNotContain("name=\"leeftijd\"");
        }
        assertThat(concernsOf(service, me)).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> hostileInputIsRefusedOrShownEscapedAndWritesNothing() {
        KeyFigureId me = reporter(keyFigures, "Vijandig", "nl");
        RequestPostProcessor signedIn = signedIn(me);
        HostileInput input = HostileInput.forTest("portal concern form");
        Map<String, String> before = RowCounts.of(jdbc);
        long concerns = count(jdbc, "concern");
        long messages = count(jdbc, "concern_message");
        return Stream.concat(input.tests(input.samples(20), text -> {
            try {
                // An age band that is never valid keeps the concern form refused; a bad channel the advice form.
                MockHttpServletResponse concern = mvc.perform(post("/portaal/zorgen/nieuw").with(signedIn).with(csrf())
                        .param("soort", "CONCERN").param("leeftijd", "X" + text).param("gebied", text)
                        .param("feiten", text).param("interpretatie", text).param("tegenindicaties", text)
                        .param("bron", text).param("bronNaam", text).param("bronToestemming", text)
                        .param("terugkoppeling", text)).andReturn().getResponse();
                MockHttpServletResponse advice = mvc.perform(post("/portaal/zorgen/nieuw").with(signedIn).with(csrf())
                        .param("soort", text).param("feiten", text).param("terugkoppeling", "X" + text))
                        .andReturn().getResponse();
                for (MockHttpServletResponse response : List.of(concern, advice)) {
                    assertThat(response.getStatus()).isEqualTo(400);
                    assertThat(response.getContentAsString()).contains("Controleer het formulier")
                            .doesNotContain("<script>alert", "<img src=x", "<svg onload");
                }
                assertThat(concern.getContentAsString()).contains("Kies een leeftijdsgroep");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }), Stream.of(dynamicTest("wrote nothing", () -> {
            assertThat(RowCounts.of(jdbc)).isEqualTo(before);
            assertThat(count(jdbc, "concern")).isEqualTo(concerns);
            assertThat(count(jdbc, "concern_message")).isEqualTo(messages);
        })));
    }

    @Test
    void anotherKeyFiguresConcernAndAnotherMunicipalitysAreNotFound() throws Exception {
        KeyFigureId owner = reporter(keyFigures, "Eigenaar", "nl");
        KeyFigureId other = reporter(keyFigures, "Ander", "nl");
        mvc.perform(concernForm(owner));
        ReporterConcernLine owned = concernsOf(service, owner).get(0);
        UUID foreign = CurrentTenant.callAs(DemoTenants.WAALBERGEN,
                () -> jdbc.sql("select id from concern order by id limit 1").query(UUID.class).single());

        for (String id : List.of(owned.id().value().toString(), foreign.toString(), "geen-id")) {
            assertThat(mvc.perform(get("/portaal/zorgen/" + id).with(signedIn(other))).andReturn().getResponse()
                    .getStatus()).as(id).isEqualTo(404);
            assertThat(status(post("/portaal/zorgen/" + id + "/antwoord").param("antwoord", "Ja"), other)).isEqualTo(404);
            assertThat(status(post("/portaal/zorgen/" + id + "/tevredenheid").param("tevredenheid", "SATISFIED"), other))
                    .isEqualTo(404);
            assertThat(status(post("/portaal/zorgen/" + id + "/heropenen").param("reden", "Graag"), other)).isEqualTo(404);
        }
        assertThat(page(other, "/portaal/zorgen")).doesNotContain(owned.reference())
                .contains("U hebt nog geen zorg gedeeld of advies gevraagd.");
        assertThat(concernsOf(service, owner).get(0).unread()).as("the other did not read it").isEqualTo(1);
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            KeyFigureId who) throws Exception {
        return mvc.perform(request.with(signedIn(who)).with(csrf())).andReturn().getResponse().getStatus();
    }

    private String page(KeyFigureId me, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(signedIn(me))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
