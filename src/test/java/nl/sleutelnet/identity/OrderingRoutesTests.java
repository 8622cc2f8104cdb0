package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

import nl.sleutelnet.SleutelnetTest;

/** The first route that matches decides; a literal path must win over a pattern with a variable. */
@SleutelnetTest
class OrderingRoutesTests {

    @Autowired
    RouteTable routeTable;

    @Test
    void a_literal_path_is_decided_by_its_own_route_and_not_by_an_id_pattern() {
        assertThat(firstMatch(HttpMethod.GET, "/sleutelfiguren/import").pattern()).isEqualTo("/sleutelfiguren/import");
        assertThat(firstMatch(HttpMethod.GET, "/sleutelfiguren/export").pattern()).isEqualTo("/sleutelfiguren/export");
        assertThat(firstMatch(HttpMethod.GET, "/sleutelfiguren/00000000-0000-4000-8000-000000000101").pattern())
                .isEqualTo("/sleutelfiguren/{id}");
    }

    /** The table looks only at routes that can match the first segment: the answer must be the one of trying all. */
    @Test
    void deciding_by_the_first_segment_gives_the_answer_of_trying_every_route() {
        List<String> paths = new ArrayList<>(List.of("/", "/onbekend", "/onbekend/pad", "/%73leutelfiguren",
                "/sleutelfiguren/", "/api/v1/onbekend", "/api", "/css/app.css", "/webjars/htmx.org/htmx.min.js"));
        for (RouteTable.Route route : routeTable.routes()) {
            paths.add(route.pattern().replaceAll("\\{\\*[^}]*}", "a/b").replaceAll("\\{[^}]*}", "x1")
                    .replace("**", "a/b").replace("*", "a"));
        }
        assertThat(paths).hasSizeGreaterThan(50);
        for (String path : paths) {
            for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.DELETE)) {
                assertThat(routeTable.decide(method, path)).as(method + " " + path).isEqualTo(tryingEveryRoute(method, path));
                assertThat(routeTable.knows(path)).as(path).isEqualTo(tryingEveryRoute(null, path).isPresent());
            }
        }
    }

    private Optional<RouteTable.Route> tryingEveryRoute(HttpMethod method, String path) {
        PathPatternParser parser = new PathPatternParser();
        HttpMethod asked = HttpMethod.HEAD.equals(method) ? HttpMethod.GET : method;
        return routeTable.routes().stream()
                .filter(r -> asked == null || r.method() == null || r.method().equals(asked))
                .filter(r -> parser.parse(r.pattern()).matches(PathContainer.parsePath(path)))
                .findFirst();
    }

    private RouteTable.Route firstMatch(HttpMethod method, String path) {
        return tryingEveryRoute(method, path).orElseThrow();
    }
}
