package nl.sleutelnet.identity.platform;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.NavigationEntry;
import nl.sleutelnet.identity.NavigationGroup;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.RouteContribution;
import nl.sleutelnet.identity.RouteTable.Access;
import nl.sleutelnet.identity.RouteTable.Route;
import nl.sleutelnet.identity.RouteTable.Scope;

/**
 * The platform administrator's routes: regions, municipalities, first administrators. Only this
 * role reaches them, and it reaches nothing else but the landing page and its own password.
 */
@Component
public class PlatformRoutes implements RouteContribution {

    private static final Set<Role> PLATFORM = Set.of(Role.PLATFORM_ADMINISTRATOR);

    @Override
    public List<Route> routes() {
        return List.of(
                route(HttpMethod.GET, "/platform", null),
                route(HttpMethod.POST, "/platform/regio", null),
                route(HttpMethod.GET, "/platform/regio/{id}", "region"),
                route(HttpMethod.POST, "/platform/regio/{id}/gemeente", "region"),
                route(HttpMethod.POST, "/platform/regio/{id}/account", "region"),
                route(HttpMethod.GET, "/platform/gemeente/{id}", "municipality"),
                route(HttpMethod.POST, "/platform/gemeente/{id}/beheerder", "municipality"));
    }

    /** {@code table} names where the {id} comes from (not a tenant record: regions and municipalities are reference data). */
    private static Route route(HttpMethod method, String pattern, String table) {
        return new Route(method, pattern, Access.ROLES, PLATFORM, Scope.NONE, table);
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("nav.platform", "/platform", NavigationGroup.MAIN, 5));
    }
}
