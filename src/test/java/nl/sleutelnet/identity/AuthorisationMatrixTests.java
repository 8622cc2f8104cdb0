package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Walks every route of {@link RouteTable} for every role, anonymous and halfway-login, in
 * the own and another municipality; and fails when a controller route is not in the table.
 */
@SleutelnetTest
class AuthorisationMatrixTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    DataSource dataSource;

    @Autowired
    RouteTable routeTable;

    @Test
    void every_controller_route_is_in_the_route_table() {
        List<String> missing = new ArrayList<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPathPatternsCondition() == null ? Set.of()
                    : info.getPathPatternsCondition().getPatternValues();
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (methods.isEmpty()) {
                    if (routeTable.routes().stream().noneMatch(r -> r.pattern().equals(pattern) && r.method() == null)) {
                        missing.add("ANY " + pattern);
                    }
                }
                for (var method : methods) {
                    HttpMethod http = HttpMethod.valueOf(method.name());
                    if (routeTable.routes().stream().noneMatch(r -> r.pattern().equals(pattern)
                            && (r.method() == null || r.method().equals(http)))) {
                        missing.add(http + " " + pattern);
                    }
                }
            }
        }
        assertThat(missing).as("controller routes missing from RouteTable").isEmpty();
    }

    @Test
    void each_role_reaches_exactly_the_routes_the_table_grants() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (RouteTable.Route route : checkedRoutes()) {
            for (Role role : Role.values()) {
                MockHttpServletResponse response = perform(route, ownId(route), TestUsers.as(role, DemoTenants.MAASOEVER));
                boolean granted = route.access() == RouteTable.Access.ROLES && route.roles().contains(role);
                boolean refused = response.getStatus() == 403;
                if (granted == refused || (granted && sentToLogin(response))) {
                    wrong.add(route.method() + " " + route.pattern() + " as " + role + " -> " + response.getStatus());
                }
            }
        }
        assertThat(wrong).as("routes answering against the table").isEmpty();
    }

    @Test
    void anonymous_visitors_are_sent_to_login_and_api_callers_get_401() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (RouteTable.Route route : checkedRoutes()) {
            MockHttpServletResponse response = perform(route, ownId(route), request -> request);
            boolean ok = route.pattern().startsWith("/api/") ? response.getStatus() == 401 : sentToLogin(response);
            if (!ok) {
                wrong.add(route.method() + " " + route.pattern() + " -> " + response.getStatus());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void halfway_through_login_only_the_second_factor_is_reachable() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (RouteTable.Route route : checkedRoutes()) {
            MockHttpServletResponse response = perform(route, ownId(route),
                    TestUsers.pendingSecondFactor(Role.COORDINATOR, DemoTenants.MAASOEVER));
            boolean api = route.pattern().startsWith("/api/");
            boolean ok = api ? response.getStatus() == 403
                    : response.getStatus() == 302 && response.getRedirectedUrl().startsWith("/tweede-factor");
            if (!ok) {
                wrong.add(route.method() + " " + route.pattern() + " -> " + response.getStatus());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_record_of_another_municipality_is_not_found_for_every_role_that_may_open_records() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (RouteTable.Route route : checkedRoutes()) {
            if (route.scope() != RouteTable.Scope.TENANT_RECORD) {
                continue;
            }
            UUID foreign = recordOf(route, DemoTenants.WAALBERGEN);
            for (Role role : route.roles()) {
                int status = perform(route, foreign, TestUsers.as(role, DemoTenants.MAASOEVER)).getStatus();
                if (status != 404) {
                    wrong.add(route.pattern() + " as " + role + " -> " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_table_grants_no_content_route_to_everyone() {
        Set<Role> staffOnly = EnumSet.complementOf(EnumSet.of(Role.KEY_FIGURE));
        // Contact routes of a key figure are the exception: partners log their own contacts there, and the
        // contact service answers 404 for any key figure not shared with them. The set-up of the
        // municipality's sign-in (ADR 0029) is the administrator's alone and holds no content.
        assertThat(routeTable.routes()).filteredOn(r -> (r.pattern().startsWith("/api/v1/sleutelfiguren")
                || r.pattern().startsWith("/sleutelfiguren") || r.pattern().startsWith("/beheer"))
                && !r.pattern().matches("/sleutelfiguren/\\{id}/contact(momenten)?")
                // API clients and staff accounts are the administrator's own work and show no content (ADR 0027, 0028).
                && !r.pattern().startsWith("/beheer/api-koppelingen")
                && !r.pattern().startsWith("/beheer/gebruikers")
                && !ADMINISTRATION_WITHOUT_CONTENT.contains(r.pattern()))
                .allSatisfy(r -> assertThat(r.roles()).isNotEmpty().isSubsetOf(staffOnly)
                        .doesNotContain(Role.ADMINISTRATOR, Role.ANALYST, Role.PARTNER));
        // The staff pages hold accounts, no content: for the administrator only.
        assertThat(routeTable.routes()).filteredOn(r -> r.pattern().startsWith("/beheer/gebruikers")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.roles()).containsExactly(Role.ADMINISTRATOR));
    }

    @Test
    void the_account_set_up_link_is_open_and_answers_an_unknown_link_alike_for_everyone() throws Exception {
        assertThat(routeTable.decide(HttpMethod.GET, AccountSetupLinks.PATH + "x")).hasValueSatisfying(
                r -> assertThat(r.access()).isEqualTo(RouteTable.Access.PUBLIC));
        assertThat(routeTable.decide(HttpMethod.POST, AccountSetupLinks.PATH + "x")).hasValueSatisfying(
                r -> assertThat(r.access()).isEqualTo(RouteTable.Access.PUBLIC));
        List<RequestPostProcessor> everyone = new ArrayList<>();
        everyone.add(request -> request);
        everyone.add(TestUsers.pendingSecondFactor(Role.COORDINATOR, DemoTenants.MAASOEVER));
        for (Role role : Role.values()) {
            everyone.add(TestUsers.as(role, DemoTenants.MAASOEVER));
        }
        List<String> wrong = new ArrayList<>();
        for (RequestPostProcessor who : everyone) {
            String path = AccountSetupLinks.PATH + "A".repeat(43);
            int get = mvc.perform(MockMvcRequestBuilders.get(path).with(who)).andReturn().getResponse().getStatus();
            int post = mvc.perform(MockMvcRequestBuilders.post(path).param("wachtwoord", "een lange zin van woorden")
                    .param("herhaling", "een lange zin van woorden").with(csrf()).with(who)).andReturn().getResponse()
                    .getStatus();
            if (get != 404 || post != 404) {
                wrong.add(who + " -> " + get + "/" + post);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_platform_administrator_is_granted_only_its_own_routes_and_no_content() {
        // Over HTTP, each_role_reaches_exactly_the_routes_the_table_grants refuses it every other route.
        assertThat(routeTable.routes()).filteredOn(r -> r.access() == RouteTable.Access.ROLES
                && r.roles().contains(Role.PLATFORM_ADMINISTRATOR))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.pattern()).matches("/platform(/.*)?|/|/account/wachtwoord"));
        assertThat(routeTable.routes()).filteredOn(r -> r.pattern().startsWith("/platform"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.roles()).containsExactly(Role.PLATFORM_ADMINISTRATOR));
        assertThat(RouteTable.STAFF).doesNotContain(Role.PLATFORM_ADMINISTRATOR);
    }

    @Test
    void administration_without_content_is_the_administrators_alone() {
        assertThat(routeTable.routes()).filteredOn(r -> ADMINISTRATION_WITHOUT_CONTENT.contains(r.pattern()))
                .isNotEmpty().allSatisfy(r -> assertThat(r.roles()).containsExactly(Role.ADMINISTRATOR));
    }

    /** Administration screens that show and change no content of the municipality. */
    private static final Set<String> ADMINISTRATION_WITHOUT_CONTENT = Set.of("/beheer/inlogdienst",
            "/beheer/inlogdienst/verwijderen");

    /** Routes with roles (PUBLIC and second-factor routes are covered by their own tests). */
    private List<RouteTable.Route> checkedRoutes() {
        return routeTable.routes().stream().filter(r -> r.access() == RouteTable.Access.ROLES).toList();
    }

    private UUID ownId(RouteTable.Route route) {
        return route.pattern().contains("{id}") ? recordOf(route, DemoTenants.MAASOEVER) : null;
    }

    /** A record of the route's table in the given municipality (demo data provides one in each). */
    private UUID recordOf(RouteTable.Route route, MunicipalityId municipality) {
        String table = route.recordTable() == null ? "key_figure" : route.recordTable();
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        // account has no row-level security (login looks it up before a tenant is known): filter here.
        String where = table.equals("account") ? " where municipality_id = :municipality and kind = 'STAFF'" : "";
        return CurrentTenant.callAs(municipality, () -> JdbcClient.create(dataSource)
                .sql("select id from " + table + where + " order by id limit 1")
                .params(where.isEmpty() ? java.util.Map.<String, Object>of() : java.util.Map.<String, Object>of("municipality", municipality.value()))
                .query(UUID.class).optional()
                .orElseThrow(() -> new AssertionError("no demo row in " + table + " for " + municipality)));
    }

    private MockHttpServletResponse perform(RouteTable.Route route, UUID id, RequestPostProcessor who) throws Exception {
        String path = route.pattern().replace("{id}", id == null ? "" : id.toString());
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(route.method(), path).with(who);
        if (route.method() != HttpMethod.GET) {
            request = request.with(csrf());
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static boolean sentToLogin(MockHttpServletResponse response) {
        return response.getStatus() == 302 && response.getRedirectedUrl() != null
                && response.getRedirectedUrl().contains("/inloggen");
    }
}
