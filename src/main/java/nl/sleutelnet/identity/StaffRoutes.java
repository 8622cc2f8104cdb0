package nl.sleutelnet.identity;

import static nl.sleutelnet.identity.RouteTable.roles;
import static nl.sleutelnet.identity.RouteTable.tenantRecord;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.RouteTable.Route;

/** The administrator's staff pages ({@code /beheer/gebruikers}): accounts only, no content of the municipality. */
@Component
class StaffRoutes implements RouteContribution {

    static final String BASE = "/beheer/gebruikers";

    @Override
    public List<Route> routes() {
        return List.of(
                roles(HttpMethod.GET, BASE, Set.of(Role.ADMINISTRATOR)),
                roles(HttpMethod.GET, BASE + "/uitnodigen", Set.of(Role.ADMINISTRATOR)),
                roles(HttpMethod.POST, BASE + "/uitnodigen", Set.of(Role.ADMINISTRATOR)),
                tenantRecord("account", HttpMethod.POST, BASE + "/{id}/uitnodiging-opnieuw", Role.ADMINISTRATOR),
                tenantRecord("account", HttpMethod.POST, BASE + "/{id}/uitnodiging-intrekken", Role.ADMINISTRATOR),
                tenantRecord("account", HttpMethod.GET, BASE + "/{id}", Role.ADMINISTRATOR),
                tenantRecord("account", HttpMethod.POST, BASE + "/{id}/rollen", Role.ADMINISTRATOR),
                tenantRecord("account", HttpMethod.POST, BASE + "/{id}/einddatum", Role.ADMINISTRATOR),
                tenantRecord("account", HttpMethod.POST, BASE + "/{id}/deactiveren", Role.ADMINISTRATOR),
                tenantRecord("account", HttpMethod.POST, BASE + "/{id}/heractiveren", Role.ADMINISTRATOR),
                tenantRecord("account", HttpMethod.POST, BASE + "/{id}/ontgrendelen", Role.ADMINISTRATOR),
                tenantRecord("account", HttpMethod.POST, BASE + "/{id}/tweede-factor-herstellen", Role.ADMINISTRATOR));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("nav.staff", BASE, NavigationGroup.MANAGEMENT, 5));
    }
}
