package nl.sleutelnet.network.api;

import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A coordinator's client uses {@code /api/v1/sleutelfiguren}; everyone else is turned away with a problem. */
@SleutelnetTest
class UsingTheKeyFigureApiTests {

    static final String API = "/api/v1/sleutelfiguren";
    static final String VERSION = "1.0.0";
    static final JsonMapper JSON = JsonMapper.builder().build();

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsAllKeyFiguresOfTheOwnMunicipalityPageByPage() throws Exception {
        long total = count(DemoTenants.MAASOEVER);
        assertThat(total).as("demo key figures of Maasoever").isGreaterThan(5);
        int size = 5;
        int pages = (int) ((total + size - 1) / size);

        List<UUID> seen = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            JsonNode body = ok(get(API).param("pagina", "" + page).param("paginaGrootte", "" + size)
                    .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)));
            assertThat(body.path("pagina").asInt()).isEqualTo(page);
            assertThat(body.path("paginaGrootte").asInt()).isEqualTo(size);
            assertThat(body.path("totaal").asLong()).isEqualTo(total);
            assertThat(body.path("totaalPaginas").asInt()).isEqualTo(pages);
            List<JsonNode> items = List.copyOf(body.path("sleutelfiguren").values());
            assertThat(items).hasSize(page < pages ? size : (int) (total - (long) (pages - 1) * size));
            items.forEach(item -> seen.add(UUID.fromString(item.path("id").asString())));
            // Dutch order: family name without the tussenvoegsel, then given name.
            List<String> names = items.stream().map(item -> (item.path("achternaam").asString() + ", "
                    + item.path("voornaam").asString()).toLowerCase()).toList();
            assertThat(names).isSorted();
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(DemoTenants.MAASOEVER));
    }

    @Test
    void aPageBeyondTheLastIsEmptyButStillDescribesTheList() throws Exception {
        JsonNode body = ok(get(API).param("pagina", "999").with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)));

        assertThat(body.path("sleutelfiguren").values()).isEmpty();
        assertThat(body.path("totaal").asLong()).isEqualTo(count(DemoTenants.MAASOEVER));
    }

    @Test
    void searchesAnywhereInTheNameRegardlessOfCase() throws Exception {
        String name = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc
                .sql("select display_name from key_figure order by display_name limit 1").query(String.class).single());
        String part = name.substring(1, Math.min(name.length(), 5)).toUpperCase();

        JsonNode body = ok(get(API).param("zoek", part).with(as(Role.CONCERN_HANDLER, DemoTenants.MAASOEVER)));

        List<String> names = body.path("sleutelfiguren").values().stream().map(k -> k.path("naam").asString()).toList();
        assertThat(names).contains(name).allSatisfy(found -> assertThat(found).containsIgnoringCase(part));
        assertThat(body.path("totaal").asLong()).isEqualTo(names.size());
    }

    @Test
    void aSearchWithoutMatchesIsAnEmptyPage() throws Exception {
        JsonNode body = ok(get(API).param("zoek", "zzzqqq-bestaat-niet")
                .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)));

        assertThat(body.path("sleutelfiguren").values()).isEmpty();
        assertThat(body.path("totaal").asLong()).isZero();
    }

    @Test
    void showsOneKeyFigureOfTheOwnMunicipality() throws Exception {
        UUID id = ids(DemoTenants.MAASOEVER).get(0);

        JsonNode body = ok(get(API + "/" + id).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)));

        assertThat(body.path("id").asString()).isEqualTo(id.toString());
        assertThat(body.path("naam").asString()).isNotBlank();
        assertThat(body.path("rollen").isArray()).isTrue();
        assertThat(body.path("gebieden").isArray()).isTrue();
        assertThat(body.path("status").asString()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({ "pagina, 0", "pagina, -1", "pagina, abc", "pagina, 1.5", "pagina, 99999999999",
            "paginaGrootte, 0", "paginaGrootte, -1", "paginaGrootte, 101", "paginaGrootte, abc" })
    void rejectsPagingOutsideTheDocumentedRange(String parameter, String value) throws Exception {
        JsonNode problem = problem(get(API).param(parameter, value).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)),
                400);

        assertThat(problem.path("detail").asString()).contains("pagina").contains("paginaGrootte");
    }

    @Test
    void rejectsASearchOfMoreThanAHundredCharacters() throws Exception {
        problem(get(API).param("zoek", "a".repeat(101)).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)), 400);
        ok(get(API).param("zoek", "a".repeat(100)).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)));
    }

    @Test
    void answersAnUnknownAndAForeignKeyFigureAlikeWithNotFound() throws Exception {
        UUID foreign = ids(DemoTenants.WAALBERGEN).get(0);
        UUID unknown = UUID.randomUUID();

        JsonNode foreignProblem = problem(get(API + "/" + foreign).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)), 404);
        JsonNode unknownProblem = problem(get(API + "/" + unknown).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)), 404);

        assertThat(withoutInstance(foreignProblem)).isEqualTo(withoutInstance(unknownProblem));
        assertThat(foreignProblem.toString()).doesNotContain(DemoTenants.WAALBERGEN.toString());
        // Sanity: the foreign key figure exists and its own municipality sees it.
        ok(get(API + "/" + foreign).with(as(Role.COORDINATOR, DemoTenants.WAALBERGEN)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "geen-uuid", "123", "00000000-0000-4000-8000", "00000000-0000-4000-8000-0000000000011",
            "' OR 1=1 --", "<script>" })
    void answersAMalformedIdWithNotFound(String id) throws Exception {
        problem(get(API + "/" + id).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)), 404);
    }

    /** Paths that the security firewall refuses before any controller: over real HTTP, as the server answers them. */
    @ParameterizedTest
    @ValueSource(strings = { "/%2e%2e/%2e%2e/actuator", "/%25", "/a;jsessionid=x", "/a//b" })
    void refusesSuspiciousPathsWithAProblem(String suffix) throws Exception {
        HttpResponse<String> response = overHttp(API + suffix);

        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body()).hasValueSatisfying(
                type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        assertThat(response.headers().firstValue("API-Version")).contains(VERSION);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(response.statusCode());
        assertThat(problem.path("detail").asString()).isNotBlank();
    }

    /** An encoded slash or NUL never reaches the application: Tomcat refuses it, revealing nothing. */
    @ParameterizedTest
    @ValueSource(strings = { "/..%2F..%2Fetc%2Fpasswd", "/a%00b" })
    void theServerRefusesEncodedSlashesAndNulBytes(String suffix) throws Exception {
        HttpResponse<String> response = overHttp(API + suffix);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Tomcat", "Exception", "nl.sleutelnet");
    }

    private HttpResponse<String> overHttp(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void asksAnAnonymousCallerToLogInWithAProblemInsteadOfARedirect() throws Exception {
        for (String path : List.of(API, API + "/" + ids(DemoTenants.MAASOEVER).get(0), API + "/" + UUID.randomUUID())) {
            MockHttpServletResponse response = mvc.perform(get(path).accept(MediaType.APPLICATION_JSON)).andReturn()
                    .getResponse();
            assertProblem(response, 401);
            assertThat(response.getHeader(HttpHeaders.LOCATION)).as(path).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = { "COORDINATOR", "CONCERN_HANDLER" }, mode = EnumSource.Mode.EXCLUDE)
    void refusesRolesWithoutAccessToKeyFigures(Role role) throws Exception {
        UUID own = ids(DemoTenants.MAASOEVER).get(0);
        problem(get(API).with(as(role, DemoTenants.MAASOEVER)), 403);
        problem(get(API + "/" + own).with(as(role, DemoTenants.MAASOEVER)), 403);
    }

    @Test
    void tellsAClientThatDoesNotAcceptJsonWhatItCanHave() throws Exception {
        JsonNode problem = problem(get(API).accept(MediaType.TEXT_HTML).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)),
                406);

        assertThat(problem.path("detail").asString()).isEqualTo("Deze bron is alleen beschikbaar als [application/json].");
    }

    @Test
    void doesNotAnswerPathsWithATrailingSlash() throws Exception {
        UUID own = ids(DemoTenants.MAASOEVER).get(0);
        for (String path : List.of(API + "/", API + "/" + own + "/")) {
            MockHttpServletResponse response = mvc.perform(get(path).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isBetween(400, 499);
            assertProblem(response, response.getStatus());
        }
    }

    private JsonNode ok(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON))
                .as(response.getContentType()).isTrue();
        assertThat(response.getHeader("API-Version")).isEqualTo(VERSION);
        return JSON.readTree(response.getContentAsString());
    }

    private JsonNode problem(RequestBuilder request, int status) throws Exception {
        return assertProblem(mvc.perform(request).andReturn().getResponse(), status);
    }

    static JsonNode assertProblem(MockHttpServletResponse response, int status) throws Exception {
        String body = response.getContentAsString();
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).as(body).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getHeader("API-Version")).isEqualTo(VERSION);
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(body).doesNotContainIgnoringCase("exception").doesNotContain("at nl.sleutelnet", "org.springframework");
        return problem;
    }

    private static JsonNode withoutInstance(JsonNode problem) {
        ObjectNode copy = (ObjectNode) problem.deepCopy();
        copy.remove("instance");
        return copy;
    }

    private long count(MunicipalityId municipality) {
        return CurrentTenant.callAs(municipality,
                () -> jdbc.sql("select count(*) from key_figure").query(Long.class).single());
    }

    private List<UUID> ids(MunicipalityId municipality) {
        List<UUID> ids = CurrentTenant.callAs(municipality,
                () -> jdbc.sql("select id from key_figure order by id").query(UUID.class).list());
        Set<UUID> unique = new HashSet<>(ids);
        assertThat(unique).as("key figures of " + municipality).hasSameSizeAs(ids).isNotEmpty();
        return ids;
    }
}
