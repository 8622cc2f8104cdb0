package nl.sleutelnet.agreement.api;

import static nl.sleutelnet.agreement.AgreementTestSupport.agreementRows;
import static nl.sleutelnet.agreement.AgreementTestSupport.contactStaff;
import static nl.sleutelnet.agreement.AgreementTestSupport.newKeyFigure;
import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.tenancy.DemoTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A coordinator's client records and reads agreement versions through the API; bad input gets a problem. */
@SleutelnetTest
class UsingTheAgreementApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    AccountService accounts;

    @Test
    void recordsAVersionAndReadsItBack() throws Exception {
        KeyFigureId id = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Api");
        List<UUID> staff = contactStaff(accounts, DemoTenants.LINGEDONK);

        MockHttpServletResponse created = post(id, body(staff.get(0), staff.get(1), 42, LocalDate.now().plusYears(1)));

        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        JsonNode agreement = JSON.readTree(created.getContentAsString());
        assertThat(agreement.path("versie").asInt()).isEqualTo(1);
        assertThat(agreement.path("status").asString()).isEqualTo("WAITING_FOR_ACCEPTANCE");
        assertThat(agreement.path("contactritmeDagen").asInt()).isEqualTo(42);
        assertThat(agreement.path("partnerclausule").asString()).contains("geen informant");
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/afspraken/" + agreement.path("id").asString());
        JsonNode one = ok("/api/v1/afspraken/" + agreement.path("id").asString());
        assertThat(one.path("sleutelfiguurId").asString()).isEqualTo(id.value().toString());
        JsonNode versions = ok("/api/v1/sleutelfiguren/" + id.value() + "/afspraken");
        assertThat(versions.path("afspraken").values()).hasSize(1);
    }

    @Test
    void refusesBadInputWithAProblemNamingTheFieldsAndWritesNothing() throws Exception {
        KeyFigureId id = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Apifout");
        UUID one = contactStaff(accounts, DemoTenants.LINGEDONK).get(0);
        long rows = agreementRows(jdbc, DemoTenants.LINGEDONK);

        JsonNode problem = problem(post(id, body(one, one, 5, LocalDate.now().minusDays(1))), 400);
        assertThat(problem.path("invalidParams").values()).extracting(p -> p.path("name").asString())
                .contains("vervanger", "contactritmeDagen", "herzieningsdatum");
        assertThat(problem.path("invalidParams").values()).extracting(p -> p.path("reason").asString())
                .contains("De vervanger moet iemand anders zijn dan de vaste contactpersoon.");
        problem(post(id, "{\"rollen\": [\"INFORMANT\"], \"herzieningsdatum\": \"morgen\"}"), 400);
        problem(post(id, "{niet json"), 400);
        problem(post(id, null), 400);
        assertThat(agreementRows(jdbc, DemoTenants.LINGEDONK)).isEqualTo(rows);
    }

    @Test
    void anotherMunicipalitysKeyFigureOrAgreementIsNotFound() throws Exception {
        KeyFigureId foreign = newKeyFigure(keyFigures, DemoTenants.WAALBERGEN, "Apielders");
        List<UUID> staff = contactStaff(accounts, DemoTenants.LINGEDONK);
        problem(post(foreign, body(staff.get(0), staff.get(1), 28, LocalDate.now().plusYears(1))), 404);
        problem(mvc.perform(get("/api/v1/sleutelfiguren/" + foreign.value() + "/afspraken")
                .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))).andReturn().getResponse(), 404);
        UUID waalbergenAgreement = nl.sleutelnet.tenancy.CurrentTenant.callAs(DemoTenants.WAALBERGEN,
                () -> jdbc.sql("select id from agreement limit 1").query(UUID.class).single());
        problem(mvc.perform(get("/api/v1/afspraken/" + waalbergenAgreement)
                .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))).andReturn().getResponse(), 404);
        problem(mvc.perform(get("/api/v1/afspraken/geen-uuid")
                .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))).andReturn().getResponse(), 404);
    }

    static String body(UUID contact, UUID backup, int cadence, LocalDate review) {
        return """
                {"taal": "nl", "rollen": ["CONNECTOR"], "verwachtingenGemeente": "Wij bellen u.",
                 "verwachtingenSleutelfiguur": "U laat het weten.", "contactritmeDagen": %d,
                 "contactpersoonId": "%s", "vervangerId": "%s", "herzieningsdatum": "%s"}"""
                .formatted(cadence, contact, backup, review);
    }

    private MockHttpServletResponse post(KeyFigureId id, String body) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/sleutelfiguren/" + id.value() + "/afspraken")
                .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)).with(csrf());
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private JsonNode ok(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getHeader("API-Version")).isEqualTo("1.0.0");
        return JSON.readTree(response.getContentAsString());
    }

    static JsonNode problem(MockHttpServletResponse response, int status) throws Exception {
        String body = response.getContentAsString();
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).as(body).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getHeader("API-Version")).isEqualTo("1.0.0");
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(body).doesNotContainIgnoringCase("exception").doesNotContain("nl.sleutelnet");
        return problem;
    }
}
