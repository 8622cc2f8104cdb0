package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

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

    private RouteTable.Route firstMatch(HttpMethod method, String path) {
        PathPatternParser parser = new PathPatternParser();
        return routeTable.routes().stream()
                .filter(r -> r.method() == null || r.method().equals(method))
                .filter(r -> parser.parse(r.pattern()).matches(PathContainer.parsePath(path)))
                .findFirst().orElseThrow();
    }
}
