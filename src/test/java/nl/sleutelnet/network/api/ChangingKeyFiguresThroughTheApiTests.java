package nl.sleutelnet.network.api;

import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.sleutelnet.RowCounts;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.tenancy.DemoTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A coordinator's client registers, changes and moves key figures through {@code /api/v1/sleutelfiguren}. */
@SleutelnetTest
class ChangingKeyFiguresThroughTheApiTests {

    static final String API = "/api/v1/sleutelfiguren";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final SplittableRandom RANDOM = new SplittableRandom();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registers_with_201_and_a_location_then_changes_details_with_the_version_and_moves_the_status()
            throws Exception {
        String family = family();
        MockHttpServletResponse created = send(post(API), body(family).put("telefoon", "0031 6 " + digits(8))
                .put("email", family + "@Voorbeeld.demo"));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        String location = created.getHeader("Location");
        assertThat(location).startsWith(API + "/");
        JsonNode registered = JSON.readTree(created.getContentAsString());
        assertThat(registered.path("status").asString()).isEqualTo("CANDIDATE");
        assertThat(registered.path("telefoon").asString()).startsWith("+316");
        assertThat(registered.path("email").asString()).isEqualTo(family.toLowerCase() + "@voorbeeld.demo");
        assertThat(registered.path("gebieden").values()).extracting(JsonNode::asString).containsExactly("WK990301");
        assertThat(registered.path("versie").asInt()).isZero();

        MockHttpServletResponse changed = send(put(location), body(family).put("tussenvoegsel", "van").put("versie", 0)
                .put("kanaal", "EMAIL"));
        assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(200);
        JsonNode after = JSON.readTree(changed.getContentAsString());
        assertThat(after.path("naam").asString()).isEqualTo("Fatma van " + family);
        assertThat(after.path("kanaal").asString()).isEqualTo("EMAIL");
        assertThat(after.path("versie").asInt()).isEqualTo(1);

        MockHttpServletResponse intake = send(post(location + "/status"),
                JSON.createObjectNode().put("status", "INTAKE").put("versie", 1));
        assertThat(intake.getStatus()).as(intake.getContentAsString()).isEqualTo(200);
        assertThat(JSON.readTree(intake.getContentAsString()).path("status").asString()).isEqualTo("INTAKE");

        JsonNode read = JSON.readTree(mvc.perform(get(location).with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)))
                .andReturn().getResponse().getContentAsString());
        assertThat(read.path("status").asString()).isEqualTo("INTAKE");
        assertThat(read.path("versie").asInt()).isEqualTo(2);
    }

    @Test
    void a_change_with_an_old_version_is_a_conflict_and_overwrites_nothing() throws Exception {
        String family = family();
        String location = send(post(API), body(family)).getHeader("Location");
        assertThat(send(put(location), body(family).put("versie", 0).put("taal", "en")).getStatus()).isEqualTo(200);
        Map<String, String> before = RowCounts.of(jdbc);

        MockHttpServletResponse stale = send(put(location), body(family).put("versie", 0).put("taal", "ar"));
        MockHttpServletResponse staleStatus = send(post(location + "/status"),
                JSON.createObjectNode().put("status", "INTAKE").put("versie", 0));

        for (MockHttpServletResponse response : List.of(stale, staleStatus)) {
            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(JSON.readTree(response.getContentAsString()).path("detail").asString()).contains("gewijzigd");
        }
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void bad_input_answers_400_with_dutch_invalid_params_and_writes_nothing() throws Exception {
        Map<String, String> before = RowCounts.of(jdbc);
        ObjectNode bad = body(family()).put("voornaam", "").put("email", "geen-adres").put("telefoon", "12")
                .put("taal", "nederlands").put("kanaal", "DUIF").put("aangedragenDoor", "niemand");
        bad.putArray("rollen").add("INFORMANT");
        bad.putArray("gebieden").add("WK990101");
        bad.putArray("netwerken").add("FAITH_BASED");

        MockHttpServletResponse response = send(post(API), bad);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode params = JSON.readTree(response.getContentAsString()).path("invalidParams");
        assertThat(params.values()).extracting(p -> p.path("name").asString()).containsExactlyInAnyOrder("voornaam",
                "email", "telefoon", "taal", "kanaal", "aangedragenDoor", "rollen", "gebieden", "netwerken");
        assertThat(params.values()).extracting(p -> p.path("reason").asString())
                .contains("Vul een voornaam in.", "Kies rollen uit de lijst.");
        for (String empty : new String[] { "", "{}", "[]", "null" }) {
            MockHttpServletRequestBuilder request = post(API).with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))
                    .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(empty);
            assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).as(empty).isEqualTo(400);
        }
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void a_possible_duplicate_is_registered_only_when_the_client_says_so() throws Exception {
        String family = family();
        String phone = "06" + digits(8);
        assertThat(send(post(API), body(family).put("telefoon", phone)).getStatus()).isEqualTo(201);
        Map<String, String> before = RowCounts.of(jdbc);

        MockHttpServletResponse refused = send(post(API), body(family()).put("telefoon", "+31 " + phone.substring(1)));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(JSON.readTree(refused.getContentAsString()).path("invalidParams").get(0).path("name").asString())
                .isEqualTo("ondanksDubbel");
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);

        assertThat(send(post(API), body(family()).put("telefoon", phone).put("ondanksDubbel", true)).getStatus())
                .isEqualTo(201);
    }

    @Test
    void a_status_step_out_of_order_or_an_ending_without_reason_is_refused() throws Exception {
        String location = send(post(API), body(family())).getHeader("Location");
        Map<String, String> before = RowCounts.of(jdbc);

        JsonNode skipped = problem(send(post(location + "/status"),
                JSON.createObjectNode().put("status", "ACTIVE").put("versie", 0)));
        JsonNode unreasoned = problem(send(post(location + "/status"),
                JSON.createObjectNode().put("status", "ENDED").put("versie", 0)));
        JsonNode nonsense = problem(send(post(location + "/status"),
                JSON.createObjectNode().put("status", "PROMOTED").put("versie", 0).put("exitgesprekOp", "gisteren")));

        assertThat(names(skipped)).containsExactly("status");
        assertThat(names(unreasoned)).containsExactlyInAnyOrder("reden", "exitgesprekOp");
        assertThat(names(nonsense)).containsExactlyInAnyOrder("status", "exitgesprekOp");
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);

        MockHttpServletResponse ended = send(post(location + "/status"), JSON.createObjectNode().put("status", "ENDED")
                .put("versie", 0).put("reden", "MOVED").put("geenExitgesprek", true));
        assertThat(ended.getStatus()).as(ended.getContentAsString()).isEqualTo(200);
        JsonNode body = JSON.readTree(ended.getContentAsString());
        assertThat(body.path("redenEinde").asString()).isEqualTo("MOVED");
        assertThat(body.path("beeindigdOp").asString()).isNotBlank();
    }

    @Test
    void filters_and_sorts_the_list_and_refuses_unknown_filter_values() throws Exception {
        String family = family();
        send(post(API), body(family).put("voornaam", "Anna"));
        String second = send(post(API), body(family).put("voornaam", "Bas").put("ondanksDubbel", true))
                .getHeader("Location");
        send(post(second + "/status"), JSON.createObjectNode().put("status", "INTAKE").put("versie", 0));

        JsonNode byName = list("zoek", family, "sorteer", "naam");
        assertThat(names(byName, "voornaam")).containsExactly("Anna", "Bas");
        assertThat(names(list("zoek", family, "sorteer", "nieuwste"), "voornaam")).containsExactly("Bas", "Anna");
        assertThat(names(list("zoek", family, "status", "INTAKE"), "voornaam")).containsExactly("Bas");
        assertThat(names(list("zoek", family, "gebied", "WK990301", "rol", "DOER", "netwerk", "YOUTH"), "voornaam"))
                .containsExactly("Anna", "Bas");
        assertThat(names(list("zoek", family, "rol", "CRITICAL_THINKER"), "voornaam")).isEmpty();

        for (String[] bad : new String[][] { { "status", "BEZIG" }, { "sorteer", "leeftijd" }, { "rol", "x" },
                { "contactpersoon", "iemand" }, { "teLaat", "misschien" } }) {
            MockHttpServletResponse response = mvc.perform(get(API).param(bad[0], bad[1])
                    .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))).andReturn().getResponse();
            assertThat(response.getStatus()).as(bad[0]).isEqualTo(400);
            assertThat(names(JSON.readTree(response.getContentAsString()))).containsExactly(bad[0]);
        }
    }

    @Test
    void only_a_coordinator_changes_and_another_municipality_s_key_figure_is_not_found() throws Exception {
        String location = send(post(API), body(family())).getHeader("Location");
        Map<String, String> before = RowCounts.of(jdbc);

        for (Role role : new Role[] { Role.CONCERN_HANDLER, Role.PARTNER }) {
            assertThat(mvc.perform(put(location).with(as(role, DemoTenants.LINGEDONK)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(body(family()).put("versie", 0).toString()))
                    .andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        MockHttpServletResponse foreign = mvc.perform(put(location).with(as(Role.COORDINATOR, DemoTenants.WAALBERGEN))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body(family()).put("versie", 0).toString()))
                .andReturn().getResponse();
        assertThat(foreign.getStatus()).isEqualTo(404);
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
    }

    private JsonNode list(String... params) throws Exception {
        MockHttpServletRequestBuilder request = get(API).with(as(Role.COORDINATOR, DemoTenants.LINGEDONK));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString());
    }

    private static List<String> names(JsonNode page, String field) {
        return page.path("sleutelfiguren").values().stream().map(k -> k.path(field).asString()).toList();
    }

    private static List<String> names(JsonNode problem) {
        return problem.path("invalidParams").values().stream().map(p -> p.path("name").asString()).toList();
    }

    private static JsonNode problem(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        return JSON.readTree(response.getContentAsString());
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, ObjectNode body) throws Exception {
        return mvc.perform(request.with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body.toString())).andReturn().getResponse();
    }

    private static ObjectNode body(String family) {
        ObjectNode body = JSON.createObjectNode().put("voornaam", "Fatma").put("achternaam", family).put("taal", "nl")
                .put("kanaal", "PHONE");
        body.putArray("rollen").add("DOER");
        body.putArray("gebieden").add("WK990301");
        body.putArray("netwerken").add("YOUTH");
        return body;
    }

    private static String family() {
        StringBuilder name = new StringBuilder("Api");
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return name.toString();
    }

    private static String digits(int n) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < n; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }
}
