package nl.sleutelnet.reciprocity.api;

import static nl.sleutelnet.agreement.AgreementTestSupport.newKeyFigure;
import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A coordinator's client keeps the ledger through the API; refusals are problems naming the fields. */
@SleutelnetTest
class UsingTheReciprocityApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyFigureService keyFigures;

    @Test
    void recordsAnItemAndMovesItsStatus() throws Exception {
        KeyFigureId id = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Apiwk");

        MockHttpServletResponse created = send("/api/v1/sleutelfiguren/" + id.value() + "/wederkerigheid", """
                {"richting": "KEY_FIGURE_ASKED", "soort": "SMALL_GRANT", "titel": "Bijdrage buurtfeest",
                 "bedrag": "150,00"}""");
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        JsonNode item = JSON.readTree(created.getContentAsString());
        assertThat(item.path("status").asString()).isEqualTo("REQUESTED");
        assertThat(item.path("bedrag").decimalValue()).isEqualByComparingTo("150.00");
        String itemPath = "/api/v1/wederkerigheid/" + item.path("id").asString();
        assertThat(created.getHeader("Location")).isEqualTo(itemPath);

        MockHttpServletResponse moved = send(itemPath + "/status",
                "{\"status\": \"DONE\", \"uitkomst\": \"Betaald.\", \"versie\": 0}");
        assertThat(moved.getStatus()).as(moved.getContentAsString()).isEqualTo(200);
        assertThat(JSON.readTree(moved.getContentAsString()).path("afgerondOp").asString()).isNotBlank();
        assertThat(JSON.readTree(moved.getContentAsString()).path("versie").asInt()).isEqualTo(1);

        JsonNode refused = problem(send(itemPath + "/status", "{\"status\": \"IN_PROGRESS\", \"versie\": 1}"), 400);
        assertThat(refused.path("invalidParams").values()).extracting(p -> p.path("name").asString())
                .containsExactly("status");
        JsonNode list = JSON.readTree(mvc.perform(get("/api/v1/sleutelfiguren/" + id.value() + "/wederkerigheid")
                .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))).andReturn().getResponse().getContentAsString());
        assertThat(list.path("items").values()).extracting(i -> i.path("status").asString()).containsExactly("DONE");
    }

    /** Two coordinators read version 0; the second change is refused instead of overwriting the first. */
    @Test
    void refusesAStatusChangeOnAnOutdatedVersion() throws Exception {
        KeyFigureId id = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Apiwkversie");
        JsonNode item = JSON.readTree(send("/api/v1/sleutelfiguren/" + id.value() + "/wederkerigheid",
                "{\"richting\": \"KEY_FIGURE_ASKED\", \"soort\": \"TRAINING\", \"titel\": \"Cursus\"}")
                .getContentAsString());
        String itemPath = "/api/v1/wederkerigheid/" + item.path("id").asString();

        assertThat(send(itemPath + "/status", "{\"status\": \"IN_PROGRESS\", \"versie\": 0}").getStatus())
                .isEqualTo(200);
        JsonNode stale = problem(send(itemPath + "/status",
                "{\"status\": \"DECLINED\", \"uitkomst\": \"Geen plek.\", \"versie\": 0}"), 409);
        assertThat(stale.path("detail").asString()).contains("intussen gewijzigd");
        JsonNode missing = problem(send(itemPath + "/status", "{\"status\": \"DONE\"}"), 400);
        assertThat(missing.path("invalidParams").values()).extracting(p -> p.path("name").asString())
                .containsExactly("versie");

        JsonNode now = JSON.readTree(mvc.perform(get(itemPath).with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)))
                .andReturn().getResponse().getContentAsString());
        assertThat(now.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(now.path("uitkomst").isNull()).isTrue();
        assertThat(now.path("versie").asInt()).isEqualTo(1);
    }

    @Test
    void refusesBadInputAndForeignIdsWithProblems() throws Exception {
        KeyFigureId id = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Apiwkfout");
        String path = "/api/v1/sleutelfiguren/" + id.value() + "/wederkerigheid";
        JsonNode bad = problem(send(path, """
                {"richting": "OMHOOG", "soort": "TRAINING", "titel": "", "bedrag": "-1", "datum": "gisteren"}"""), 400);
        assertThat(bad.path("invalidParams").values()).extracting(p -> p.path("name").asString())
                .contains("richting", "titel", "bedrag", "datum");
        problem(send(path, null), 400);
        problem(send(path, "[1, 2"), 400);

        KeyFigureId foreign = newKeyFigure(keyFigures, DemoTenants.WAALBERGEN, "Apiwkelders");
        problem(send("/api/v1/sleutelfiguren/" + foreign.value() + "/wederkerigheid",
                "{\"richting\": \"KEY_FIGURE_ASKED\", \"soort\": \"TRAINING\", \"titel\": \"x\"}"), 404);
        UUID foreignItem = CurrentTenant.callAs(DemoTenants.WAALBERGEN,
                () -> jdbc.sql("select id from reciprocity_item limit 1").query(UUID.class).single());
        problem(send("/api/v1/wederkerigheid/" + foreignItem + "/status", "{\"status\": \"DONE\", \"versie\": 0}"),
                404);
        problem(mvc.perform(get("/api/v1/wederkerigheid/" + foreignItem).with(as(Role.COORDINATOR,
                DemoTenants.LINGEDONK))).andReturn().getResponse(), 404);
    }

    private MockHttpServletResponse send(String path, String body) throws Exception {
        var request = post(path).with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)).with(csrf());
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    static JsonNode problem(MockHttpServletResponse response, int status) throws Exception {
        String body = response.getContentAsString();
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).as(body).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getHeader("API-Version")).isEqualTo("1.0.0");
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(body).doesNotContainIgnoringCase("exception").doesNotContain("nl.sleutelnet");
        return problem;
    }
}
