package nl.sleutelnet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.RouteTable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published OpenAPI document follows the Dutch government's API Design Rules: a few
 * checks in Java that always run, and the Logius Spectral ruleset when Node's {@code npx}
 * is available (it is on CI; on a laptop without Node that part is skipped).
 */
@SleutelnetTest
class OpenApiConformanceTests {

    static final Path RULESET = Path.of("src/test/resources/conformance/nlgov-adr-ruleset.yaml");
    static final Path DOCUMENT = Path.of("target/openapi.json");
    static final String SPECTRAL = "@stoplight/spectral-cli@6";
    static final long SPECTRAL_TIMEOUT_MINUTES = 5;

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");
    private static final String PROBLEM = "application/problem+json";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    RouteTable routeTable;

    @LocalServerPort
    int port;

    @Test
    void isAnOpenApi3_0DocumentServedUnderTheMajorVersion() throws Exception {
        JsonNode doc = document();
        assertThat(doc.path("openapi").asString()).startsWith("3.0.");
        assertThat(doc.path("info").path("version").asString()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(doc.path("servers").values()).isNotEmpty()
                .allSatisfy(server -> assertThat(server.path("url").asString()).endsWith("/v1"));
    }

    /**
     * Generated clients turn schema names into class names; two names that differ only in case
     * collide on a case-insensitive file system and in the generator's own model map.
     */
    @Test
    void schemaNamesDifferInMoreThanCase() throws Exception {
        List<String> names = new ArrayList<>(document().path("components").path("schemas").propertyNames());
        assertThat(names).isNotEmpty();
        assertThat(names.stream().map(name -> name.toLowerCase(java.util.Locale.ROOT)).distinct().count())
                .as("schema names, compared without case: %s", names).isEqualTo(names.size());
    }

    @Test
    void pathsAreRelativeToTheServerAndHaveNoTrailingSlash() throws Exception {
        assertThat(document().path("paths").propertyNames()).isNotEmpty().allSatisfy(path -> {
            assertThat(path).startsWith("/").doesNotStartWith("/api/v1");
            if (!path.equals("/")) {
                assertThat(path).doesNotEndWith("/");
            }
        });
    }

    @Test
    void documentsEveryApiRouteOfTheRouteTable() throws Exception {
        JsonNode paths = document().path("paths");
        List<RouteTable.Route> routes = routeTable.routes().stream()
                .filter(route -> route.pattern().startsWith(ApiConfiguration.BASE + "/"))
                .filter(route -> !route.pattern().startsWith(ApiConfiguration.BASE + "/openapi.json")).toList();

        assertThat(routes).isNotEmpty().allSatisfy(route -> assertThat(
                paths.path(route.pattern().substring(ApiConfiguration.BASE.length()))
                        .has(route.method().name().toLowerCase()))
                .as("%s %s is documented", route.method(), route.pattern()).isTrue());
    }

    @Test
    void everyOperationNamesTheVersionAndAnswersErrorsAsProblems() throws Exception {
        JsonNode doc = document();
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode responses = operation.getValue().path("responses");
                List<String> codes = new ArrayList<>(responses.propertyNames());
                softly.assertThat(codes).as(name + " responses").anyMatch(code -> code.startsWith("2"))
                        .contains("400", "401", "403", "500");
                if (path.getKey().contains("{")) {
                    softly.assertThat(codes).as(name + " addresses one record").contains("404");
                }
                for (String code : codes) {
                    JsonNode response = responses.path(code);
                    softly.assertThat(response.path("headers").has("API-Version"))
                            .as(name + " " + code + " has an API-Version header").isTrue();
                    if (code.startsWith("4") || code.startsWith("5")) {
                        softly.assertThat(response.path("content").propertyNames())
                                .as(name + " " + code + " content types").containsExactly(PROBLEM);
                    }
                }
            }
        }
        JsonNode problem = doc.path("components").path("schemas").path("Probleem");
        softly.assertThat(problem.path("required").values()).extracting(JsonNode::asString)
                .as("required members of the problem schema").contains("status", "title", "detail");
        softly.assertAll();
    }

    @Test
    void lintsWithoutErrorsAgainstTheApiDesignRules() throws Exception {
        Files.createDirectories(DOCUMENT.getParent());
        Files.writeString(DOCUMENT, fetch(), StandardCharsets.UTF_8);

        Lint lint = spectral(DOCUMENT);
        // Warnings do not fail the build, but belong in the log.
        System.out.println("Spectral, " + RULESET + " on " + DOCUMENT + ":\n" + lint.output());
        if (lint.exitCode() != 0) {
            fail("Spectral found errors against the API Design Rules (exit %d):%n%s", lint.exitCode(), lint.output());
        }
    }

    /** Guards the guard: a document that breaks the rules must fail the lint. */
    @Test
    void theLintRejectsADocumentThatBreaksTheRules() throws Exception {
        JsonNode doc = document();
        var paths = (ObjectNode) doc.path("paths");
        String first = paths.propertyNames().iterator().next();
        JsonNode item = paths.remove(first);
        paths.set(first + "/", item);
        var ok = (ObjectNode) item.path("get").path("responses").path("200");
        ok.remove("headers");
        Path broken = DOCUMENT.resolveSibling("openapi-broken.json");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, doc.toString(), StandardCharsets.UTF_8);

        Lint lint = spectral(broken);

        assertThat(lint.exitCode()).as(lint.output()).isEqualTo(1);
        assertThat(lint.output()).contains("path-keys-no-trailing-slash", "nlgov:missing-header");
    }

    record Lint(int exitCode, String output) {
    }

    /** Runs Spectral with the vendored ruleset; skips the calling test when Node's npx is not installed. */
    private static Lint spectral(Path document) throws IOException, InterruptedException {
        assertThat(RULESET).exists();
        Optional<Path> npx = onPath(isWindows() ? "npx.cmd" : "npx");
        if (npx.isEmpty()) {
            String skipped = "npx (Node.js) is not on the PATH: skipped the Spectral lint of " + document
                    + " against the API Design Rules. Install Node.js to run it; the Java checks in this class still ran.";
            System.err.println("SKIPPED: " + skipped);
            assumeTrue(false, skipped);
        }

        Path output = Files.createTempFile("spectral", ".txt");
        try {
            Process spectral = new ProcessBuilder(npx.get().toString(), "--yes", SPECTRAL, "lint", "-r",
                    RULESET.toString(), document.toString(), "--fail-severity=error")
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")))
                    .start();
            if (!spectral.waitFor(SPECTRAL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                spectral.descendants().forEach(ProcessHandle::destroyForcibly);
                spectral.destroyForcibly();
                fail("Spectral did not finish within %d minutes:%n%s", SPECTRAL_TIMEOUT_MINUTES, read(output));
            }
            return new Lint(spectral.exitValue(), read(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private JsonNode document() throws IOException, InterruptedException {
        return JsonMapper.builder().build().readTree(fetch());
    }

    private String fetch() throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/openapi.json")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("status of /api/v1/openapi.json").isEqualTo(200);
        return response.body();
    }

    private static Optional<Path> onPath(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, executable)).filter(Files::isExecutable).findFirst();
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().startsWith("windows");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
