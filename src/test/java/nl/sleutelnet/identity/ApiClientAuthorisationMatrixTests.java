package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The authorisation matrix of {@link AuthorisationMatrixTests} for API clients: every route of the
 * route table under /api/v1, for a client with exactly the scope it needs, with every other scope,
 * and against a record of another municipality. Routes outside /api/v1 never accept a client.
 */
@SleutelnetTest
class ApiClientAuthorisationMatrixTests {

    static final MunicipalityId M = DemoTenants.MAASOEVER;

    @Autowired
    MockMvc mvc;

    @Autowired
    RouteTable routeTable;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    private List<RouteTable.Route> apiRoutes() {
        return routeTable.routes().stream().filter(r -> r.access() == RouteTable.Access.ROLES
                && r.pattern().startsWith("/api/v1/")).toList();
    }

    @Test
    void every_api_route_belongs_to_a_scope_group() {
        assertThat(apiRoutes()).isNotEmpty()
                .allSatisfy(route -> assertThat(ApiScope.ofRoute(route.pattern())).as(route.pattern()).isPresent());
        assertThat(ApiScope.requiredAuthority(route(HttpMethod.POST, "/api/v1/zorgmeldingen/{id}/stappen")))
                .as("no scope lets a client take a concern step").isEmpty();
        assertThat(ApiScope.requiredAuthority(route(HttpMethod.GET, "/api/v1/zorgmeldingen/{id}")))
                .hasValue("SCOPE_zorgmeldingen:lezen");
        assertThat(ApiScope.requiredAuthority(route(HttpMethod.GET, "/api/v1/zorgmeldingen/cijfers")))
                .hasValue("SCOPE_zorgmeldingcijfers:lezen");
        assertThat(ApiScope.requiredAuthority(route(HttpMethod.POST, "/api/v1/sleutelfiguren/{id}/wederkerigheid")))
                .hasValue("SCOPE_wederkerigheid:schrijven");
        assertThat(ApiScope.requiredAuthority(route(HttpMethod.POST, "/api/v1/sleutelfiguren/{id}/status")))
                .hasValue("SCOPE_sleutelfiguren:schrijven");
    }

    @Test
    void each_api_route_admits_a_client_exactly_when_it_holds_the_scope_the_route_needs() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (RouteTable.Route route : apiRoutes()) {
            Optional<String> needed = ApiScope.requiredAuthority(route).map(a -> a.substring("SCOPE_".length()));
            List<String> others = ApiScope.grantable().stream().filter(s -> needed.map(n -> !n.equals(s)).orElse(true))
                    .toList();
            UUID own = route.pattern().contains("{id}") ? recordOf(route, M) : null;
            if (needed.isPresent()) {
                int withIt = perform(route, own, client(needed.get()));
                if (withIt == 401 || withIt == 403) {
                    wrong.add(route.method() + " " + route.pattern() + " with " + needed.get() + " -> " + withIt);
                }
            }
            int withoutIt = perform(route, own, client(others.toArray(String[]::new)));
            if (withoutIt != 403) {
                wrong.add(route.method() + " " + route.pattern() + " without its scope -> " + withoutIt);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_record_of_another_municipality_is_not_found_for_a_client_with_every_scope() throws Exception {
        String every = ApiClientFixtures.of(context).withEveryScope(M).credential();
        List<String> wrong = new ArrayList<>();
        for (RouteTable.Route route : apiRoutes()) {
            if (route.scope() != RouteTable.Scope.TENANT_RECORD || ApiScope.requiredAuthority(route).isEmpty()) {
                continue;
            }
            int status = perform(route, recordOf(route, DemoTenants.WAALBERGEN), every);
            if (status != 404) {
                wrong.add(route.method() + " " + route.pattern() + " -> " + status);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_client_credential_opens_no_route_outside_the_api() throws Exception {
        String every = ApiClientFixtures.of(context).withEveryScope(M).credential();
        List<String> wrong = new ArrayList<>();
        for (RouteTable.Route route : routeTable.routes()) {
            if (route.access() != RouteTable.Access.ROLES || route.pattern().startsWith("/api/")
                    || route.method() != HttpMethod.GET || route.pattern().contains("{")
                    || route.pattern().contains("*")) {
                continue;
            }
            var response = mvc.perform(MockMvcRequestBuilders.get(route.pattern())
                    .header("Authorization", "Bearer " + every)).andReturn().getResponse();
            boolean toLogin = response.getStatus() == 302 && response.getRedirectedUrl() != null
                    && response.getRedirectedUrl().contains("/inloggen");
            if (!toLogin) {
                wrong.add(route.pattern() + " -> " + response.getStatus());
            }
        }
        assertThat(wrong).isEmpty();
    }

    private RouteTable.Route route(HttpMethod method, String pattern) {
        return routeTable.routes().stream().filter(r -> r.pattern().equals(pattern) && method.equals(r.method()))
                .findFirst().orElseThrow(() -> new AssertionError("no route " + method + " " + pattern));
    }

    private final java.util.Map<String, String> clients = new java.util.HashMap<>();

    /** A client of Maasoever with exactly these scope codes (one per set of scopes). */
    private String client(String... scopes) {
        return clients.computeIfAbsent(String.join(",", scopes),
                key -> ApiClientFixtures.of(context).withScopes(M, scopes));
    }

    private int perform(RouteTable.Route route, UUID id, String credential) throws Exception {
        String path = route.pattern().replace("{id}", id == null ? "" : id.toString());
        var request = MockMvcRequestBuilders.request(route.method(), path).header("Authorization", "Bearer " + credential);
        if (route.method() != HttpMethod.GET) {
            request = request.contentType("application/json").content("{}");
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private UUID recordOf(RouteTable.Route route, MunicipalityId municipality) {
        String table = route.recordTable() == null ? "key_figure" : route.recordTable();
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        return CurrentTenant.callAs(municipality, () -> JdbcClient.create(dataSource)
                .sql("select id from " + table + " order by id limit 1").query(UUID.class).single());
    }
}
