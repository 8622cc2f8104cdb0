package nl.sleutelnet.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.sleutelnet.HostileInput;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.agreement.AgreementTestSupport;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/** The handler's screens: work list, a concern with its steps, recording on behalf of a key figure. */
@SleutelnetTest
class WorkingOnConcernsAsAHandlerTests {

    private static final MunicipalityId HERE = DemoTenants.LINGEDONK;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyFigureService keyFigures;

    private final SleutelnetUser first = TestUsers.user(Role.CONCERN_HANDLER, HERE);
    private final SleutelnetUser second = TestUsers.user(Role.CONCERN_HANDLER, HERE);

    @Test
    void theWorkListShowsDemoConcernsWithoutTheirContentAndTheStartPageCountsThem() throws Exception {
        String list = mvc.perform(get("/zorgmeldingen").with(TestUsers.as(Role.CONCERN_HANDLER, DemoTenants.MAASOEVER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Zorgmeldingen", "ZM-", "te laat").doesNotContain("appgroep", "brugklas");
        String overdue = mvc.perform(get("/zorgmeldingen").param("weergave", "overdue")
                .with(TestUsers.as(Role.CONCERN_HANDLER, DemoTenants.MAASOEVER))).andReturn().getResponse()
                .getContentAsString();
        assertThat(overdue).contains("te laat").doesNotContain("Geen melding is te laat");
        String start = mvc.perform(get("/start").with(TestUsers.as(Role.CONCERN_HANDLER, DemoTenants.MAASOEVER)))
                .andReturn().getResponse().getContentAsString();
        Matcher overdueLine = Pattern.compile("<strong>(\\d+)</strong>\\s*<span>(zorgmelding(?:en)?) te laat met terugkoppeling")
                .matcher(start);
        assertThat(overdueLine.find()).as("the start page counts the overdue concerns").isTrue();
        assertThat(overdueLine.group(2)).as("1 zorgmelding, 2 zorgmeldingen")
                .isEqualTo(overdueLine.group(1).equals("1") ? "zorgmelding" : "zorgmeldingen");
        String coordinatorStart = mvc.perform(get("/start").with(TestUsers.as(Role.COORDINATOR, DemoTenants.MAASOEVER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(coordinatorStart).doesNotContain("te laat met terugkoppeling");
    }

    @Test
    void aReferenceFindsExactlyThatConcernAndAMalformedOneIsExplained() throws Exception {
        UUID id = recordFor(newReporter(), valid());
        String reference = CurrentTenant.callAs(HERE, () -> jdbc.sql("select reference from concern where id = ?")
                .param(id).query(String.class).single());
        String found = mvc.perform(get("/zorgmeldingen").param("kenmerk", reference.toLowerCase()).with(as(first)))
                .andReturn().getResponse().getContentAsString();
        assertThat(found).contains(reference).contains("1 melding,");
        String malformed = mvc.perform(get("/zorgmeldingen").param("kenmerk", "'; drop table concern;--")
                .with(as(first))).andReturn().getResponse().getContentAsString();
        assertThat(malformed).contains("Een kenmerk ziet eruit als ZM-2026-0042.").contains("Er zijn geen meldingen gevonden.");
    }

    @Test
    void aHandlerRecordsAConcernOnBehalfOfAKeyFigureAndTakesItThroughTheSteps() throws Exception {
        KeyFigureId reporter = newReporter();
        UUID id = recordFor(reporter, valid());
        long reads = auditReads(id);
        String page = mvc.perform(get("/zorgmeldingen/" + id).with(as(first))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Hij deelt filmpjes", "Door een behandelaar, namens de melder",
                "Ontvangst bevestigen", "18 tot en met 23");
        assertThat(auditReads(id)).isEqualTo(reads + 1);

        assertThat(step(first, id, "BEVESTIGEN", Map.of("bericht", "Ik bel u morgen.")).getRedirectedUrl())
                .isEqualTo("/zorgmeldingen/" + id);
        assertThat(step(first, id, "BEOORDELEN", Map.of()).getStatus()).isEqualTo(302);
        MockHttpServletResponse noRationale = step(first, id, "UITKOMST", Map.of("uitkomst", "NO_CONCERN"));
        assertThat(noRationale.getStatus()).isEqualTo(400);
        assertThat(noRationale.getContentAsString()).contains("Schrijf een onderbouwing van de uitkomst.");
        assertThat(status(id)).isEqualTo("IN_ASSESSMENT");

        assertThat(step(first, id, "UITKOMST", Map.of("uitkomst", "NO_CONCERN", "onderbouwing",
                "Gesproken met de school.")).getStatus()).isEqualTo(302);
        MockHttpServletResponse self = step(first, id, "GOEDKEUREN", Map.of());
        assertThat(self.getStatus()).isEqualTo(400);
        assertThat(self.getContentAsString()).contains("U hebt deze uitkomst zelf voorgesteld.");
        assertThat(mvc.perform(get("/zorgmeldingen/" + id).with(as(first))).andReturn().getResponse()
                .getContentAsString()).contains("Voorstel intrekken").doesNotContain(">Goedkeuren<");
        assertThat(step(second, id, "GOEDKEUREN", Map.of()).getStatus()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("NO_CONCERN");
        assertThat(step(first, id, "AFSLUITEN", Map.of()).getStatus()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("CLOSED");
    }

    @Test
    void aStaleOrMadeUpStepChangesNothing() throws Exception {
        UUID id = recordFor(newReporter(), valid());
        MockHttpServletResponse stale = mvc.perform(stepRequest(first, id, "BEVESTIGEN", Map.of()).param("versie", "7"))
                .andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(400);
        assertThat(stale.getContentAsString()).contains("Iemand anders heeft deze melding net gewijzigd.");
        MockHttpServletResponse unknown = step(first, id, "VERWIJDEREN", Map.of());
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getContentAsString()).contains("Kies een stap.");
        MockHttpServletResponse early = step(first, id, "AFSLUITEN", Map.of());
        assertThat(early.getContentAsString()).contains("Deze stap kan niet in de huidige status");
        assertThat(status(id)).isEqualTo("RECEIVED");
        assertThat(mvc.perform(get("/zorgmeldingen/" + UUID.randomUUID()).with(as(first))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/zorgmeldingen/niet-een-id").with(as(first))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void aBadFormIsExplainedFieldByFieldAndStoresNothing() throws Exception {
        KeyFigureId reporter = newReporter();
        long before = concernRows();
        MockHttpServletResponse response = mvc.perform(post("/sleutelfiguren/" + reporter.value() + "/zorgmelding")
                .with(csrf()).with(as(first)).param("soort", "ADVICE").param("leeftijd", "AGE_12_17")
                .param("bron", "TOLD_BY_SOMEONE").param("bronNaam", "Buurman Piet")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Controleer het formulier",
                "Bij een adviesvraag vult u niets in over een persoon", "Beschrijf wat u zelf hebt gezien of gehoord.",
                "Noem een bron alleen als die persoon daarmee instemt.", "Kies hoe u op de hoogte wilt blijven.")
                .contains("Buurman Piet");
        assertThat(concernRows()).isEqualTo(before);
    }

    @TestFactory
    Stream<DynamicTest> hostileTextIsStoredAsTextOrRefusedButNeverRunsOrBreaks() {
        HostileInput input = HostileInput.forTest("concern facts");
        KeyFigureId reporter = newReporter();
        return input.tests(input.samples(15), sample -> {
            try {
                Map<String, String> form = new java.util.HashMap<>(valid());
                form.put("feiten", sample);
                form.put("leeftijd", sample.length() > 30 ? sample.substring(0, 30) : sample);
                long before = concernRows();
                MockHttpServletResponse response = recordRequest(reporter, form);
                assertThat(response.getStatus()).isIn(302, 400);
                assertThat(response.getContentAsString()).doesNotContain("<script>alert");
                if (response.getStatus() == 400) {
                    assertThat(concernRows()).isEqualTo(before);
                } else {
                    String page = mvc.perform(get(response.getRedirectedUrl()).with(as(first))).andReturn()
                            .getResponse().getContentAsString();
                    assertThat(page).doesNotContain("<script>alert");
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    // ---------------------------------------------------------------- helpers

    private KeyFigureId newReporter() {
        return AgreementTestSupport.newKeyFigure(keyFigures, HERE, "Schermen");
    }

    private static Map<String, String> valid() {
        return Map.of("soort", "CONCERN", "leeftijd", "AGE_18_23", "feiten", "Hij deelt filmpjes in de appgroep.",
                "bron", "OWN_OBSERVATION", "terugkoppeling", "CONTACT_PERSON");
    }

    private UUID recordFor(KeyFigureId reporter, Map<String, String> form) throws Exception {
        MockHttpServletResponse response = recordRequest(reporter, form);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        return UUID.fromString(response.getRedirectedUrl().substring("/zorgmeldingen/".length()));
    }

    private MockHttpServletResponse recordRequest(KeyFigureId reporter, Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = post("/sleutelfiguren/" + reporter.value() + "/zorgmelding")
                .with(csrf()).with(as(first));
        form.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse step(SleutelnetUser user, UUID id, String step, Map<String, String> fields)
            throws Exception {
        int version = CurrentTenant.callAs(HERE, () -> jdbc.sql("select version from concern where id = ?").param(id)
                .query(Integer.class).single());
        return mvc.perform(stepRequest(user, id, step, fields).param("versie", String.valueOf(version))).andReturn()
                .getResponse();
    }

    private MockHttpServletRequestBuilder stepRequest(SleutelnetUser user, UUID id, String step,
            Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post("/zorgmeldingen/" + id + "/stap").with(csrf()).with(as(user))
                .param("stap", step);
        fields.forEach(request::param);
        return request;
    }

    private String status(UUID id) {
        return CurrentTenant.callAs(HERE, () -> jdbc.sql("select status from concern where id = ?").param(id)
                .query(String.class).single());
    }

    private long concernRows() {
        return CurrentTenant.callAs(HERE, () -> jdbc.sql("select count(*) from concern").query(Long.class).single());
    }

    private long auditReads(UUID id) {
        return jdbc.sql("select count(*) from audit_event where record_id = ? and action = 'READ'").param(id)
                .query(Long.class).single();
    }

    private static RequestPostProcessor as(SleutelnetUser user) {
        return authentication(TestUsers.authentication(user));
    }
}
