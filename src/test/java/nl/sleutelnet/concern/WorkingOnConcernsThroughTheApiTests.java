package nl.sleutelnet.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.agreement.AgreementTestSupport;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A handler's client works on concerns through {@code /api/v1/zorgmeldingen}: every step, four eyes
 * with a second handler, a stale version, bad bodies as problem+json, and another municipality's
 * concern as 404.
 */
@SleutelnetTest
class WorkingOnConcernsThroughTheApiTests {

    static final String API = "/api/v1/zorgmeldingen";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    ConcernIntake concerns;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    JdbcClient jdbc;

    SleutelnetUser handler;
    SleutelnetUser second;
    ConcernId id;

    @BeforeEach
    void aConcernInLingedonk() {
        handler = TestUsers.user(Role.CONCERN_HANDLER, DemoTenants.LINGEDONK);
        second = TestUsers.user(Role.CONCERN_HANDLER, DemoTenants.LINGEDONK);
        KeyFigureId reporter = AgreementTestSupport.newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Zorgapi");
        SecurityContextHolder.getContext().setAuthentication(TestUsers.authentication(handler));
        try {
            id = CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> concerns.recordFor(reporter, new ConcernDraft(
                    "CONCERN", "AGE_18_23", null, "Deelt filmpjes die geweld verheerlijken.", null, "OWN_OBSERVATION",
                    null, null, null, "PORTAL_ONLY")));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_handler_takes_a_concern_through_every_step_with_a_second_handler_for_the_handover() throws Exception {
        JsonNode c = json(read(handler));
        assertThat(c.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(c.path("feiten").asString()).isEqualTo("Deelt filmpjes die geweld verheerlijken.");

        c = step(handler, "{\"stap\": \"BEVESTIGEN\", \"versie\": %d, \"bericht\": \"We gaan ermee aan de slag.\"}", c);
        assertThat(c.path("status").asString()).isEqualTo("ACKNOWLEDGED");
        c = step(handler, "{\"stap\": \"BEOORDELEN\", \"versie\": %d}", c);
        assertThat(c.path("status").asString()).isEqualTo("IN_ASSESSMENT");
        c = step(handler, "{\"stap\": \"VRAAG_STELLEN\", \"versie\": %d, \"vraag\": \"Sinds wanneer?\"}", c);
        assertThat(c.path("status").asString()).isEqualTo("INFORMATION_REQUESTED");
        c = step(handler, "{\"stap\": \"HERVATTEN\", \"versie\": %d, \"bericht\": \"Telefonisch besproken.\"}", c);
        assertThat(c.path("status").asString()).isEqualTo("IN_ASSESSMENT");
        int before = c.path("versie").asInt();
        c = step(handler, "{\"stap\": \"STATUSBERICHT\", \"versie\": %d}", c);
        assertThat(c.path("status").asString()).isEqualTo("IN_ASSESSMENT");
        assertThat(c.path("versie").asInt()).isEqualTo(before + 1);

        MockHttpServletResponse stale = postStep(handler, "{\"stap\": \"STATUSBERICHT\", \"versie\": " + before + "}");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);

        c = step(handler, "{\"stap\": \"UITKOMST\", \"versie\": %d, \"uitkomst\": \"HANDED_OVER\", \"onderbouwing\": "
                + "\"Signalen passen bij de weegploeg.\", \"ontvanger\": \"TRIAGE_TEAM\", \"grondslag\": "
                + "\"PUBLIC_TASK\", \"kenmerk\": \"WP-2026-17\"}", c);
        assertThat(c.path("status").asString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(c.path("overdracht").path("ontvanger").asString()).isEqualTo("TRIAGE_TEAM");

        MockHttpServletResponse ownApproval = postStep(handler,
                "{\"stap\": \"GOEDKEUREN\", \"versie\": " + c.path("versie").asInt() + "}");
        assertThat(ownApproval.getStatus()).isEqualTo(400);
        assertThat(json(ownApproval).path("invalidParams").get(0).path("reason").asString()).contains("tweede");

        c = step(second, "{\"stap\": \"AFWIJZEN\", \"versie\": %d, \"toelichting\": \"Eerst de school spreken.\"}", c);
        assertThat(c.path("status").asString()).isEqualTo("IN_ASSESSMENT");
        assertThat(c.path("overdracht").isNull()).isTrue();
        c = step(handler, "{\"stap\": \"UITKOMST\", \"versie\": %d, \"uitkomst\": \"HANDED_OVER\", \"onderbouwing\": "
                + "\"Na gesprek met school: toch naar de weegploeg.\", \"ontvanger\": \"TRIAGE_TEAM\", \"grondslag\": "
                + "\"PUBLIC_TASK\"}", c);
        c = step(second, "{\"stap\": \"GOEDKEUREN\", \"versie\": %d}", c);
        assertThat(c.path("status").asString()).isEqualTo("HANDED_OVER");
        assertThat(c.path("goedgekeurdDoor").asString()).isEqualTo(second.accountId().toString());
        c = step(handler, "{\"stap\": \"AFSLUITEN\", \"versie\": %d}", c);
        assertThat(c.path("status").asString()).isEqualTo("CLOSED");
        assertThat(c.path("berichten").size()).isGreaterThanOrEqualTo(6);

        JsonNode closed = json(mvc.perform(get(API).param("weergave", "afgesloten").param("paginaGrootte", "100")
                .with(as(handler))).andReturn().getResponse());
        assertThat(closed.path("items").values()).extracting(i -> i.path("id").asString()).contains(id.value().toString());
        assertThat(closed.path("items").get(0).has("feiten")).isFalse();
        long reads = jdbc.sql("select count(*) from audit_event where action = 'READ' and record_type = 'concern'"
                + " and record_id = ?").param(id.value()).query(Long.class).single();
        assertThat(reads).as("one audited read per GET and per step answered").isEqualTo(11);
    }

    @Test
    void bad_bodies_and_filters_are_answered_with_problem_json_and_change_nothing() throws Exception {
        int version = json(read(handler)).path("versie").asInt();
        String[][] cases = {
                { "", "body" },
                { "{}", "stap" },
                { "{\"stap\": \"WEGGOOIEN\", \"versie\": 0}", "stap" },
                { "{\"stap\": \"BEVESTIGEN\"}", "versie" },
                { "{\"stap\": \"UITKOMST\", \"versie\": 0}", "status" },
                { "{\"stap\": \"BEVESTIGEN\", \"versie\": 0, \"bericht\": \"" + "x".repeat(1001) + "\"}", "bericht" } };
        for (String[] bad : cases) {
            MockHttpServletResponse response = postStep(handler, bad[0]);
            assertThat(response.getStatus()).as(bad[0]).isEqualTo(400);
            assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            if (!bad[0].isEmpty()) {
                assertThat(json(response).path("invalidParams").values()).as(bad[0])
                        .extracting(p -> p.path("name").asString()).contains(bad[1]);
            }
        }
        JsonNode after = json(read(handler));
        assertThat(after.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(after.path("versie").asInt()).isEqualTo(version);

        MockHttpServletResponse view = mvc.perform(get(API).param("weergave", "alles").param("status", "OPEN")
                .with(as(handler))).andReturn().getResponse();
        assertThat(view.getStatus()).isEqualTo(400);
        assertThat(json(view).path("invalidParams").values()).extracting(p -> p.path("name").asString())
                .containsExactly("weergave", "status");
    }

    @Test
    void another_municipality_s_concern_is_not_found() throws Exception {
        SleutelnetUser foreign = TestUsers.user(Role.CONCERN_HANDLER, DemoTenants.MAASOEVER);
        assertThat(read(foreign).getStatus()).isEqualTo(404);
        assertThat(postStep(foreign, "{\"stap\": \"BEVESTIGEN\", \"versie\": 0}").getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(API + "/" + UUID.randomUUID()).with(as(handler))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(API + "/geen-id").with(as(handler))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        JsonNode list = json(mvc.perform(get(API).param("weergave", "alle").param("paginaGrootte", "100")
                .with(as(foreign))).andReturn().getResponse());
        assertThat(list.path("items").values()).extracting(i -> i.path("id").asString())
                .doesNotContain(id.value().toString());
        assertThat(json(read(handler)).path("status").asString()).isEqualTo("RECEIVED");
    }

    private JsonNode step(SleutelnetUser who, String body, JsonNode current) throws Exception {
        MockHttpServletResponse response = postStep(who, body.formatted(current.path("versie").asInt()));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json(response);
    }

    private MockHttpServletResponse read(SleutelnetUser who) throws Exception {
        return mvc.perform(get(API + "/" + id.value()).with(as(who))).andReturn().getResponse();
    }

    private MockHttpServletResponse postStep(SleutelnetUser who, String body) throws Exception {
        return mvc.perform(post(API + "/" + id.value() + "/stappen").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body).with(as(who))).andReturn().getResponse();
    }

    private static RequestPostProcessor as(SleutelnetUser user) {
        return authentication(TestUsers.authentication(user));
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString());
    }
}
