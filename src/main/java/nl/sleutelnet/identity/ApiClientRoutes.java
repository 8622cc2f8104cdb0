package nl.sleutelnet.identity;

import static nl.sleutelnet.identity.RouteTable.roles;
import static nl.sleutelnet.identity.RouteTable.tenantRecord;

import java.util.EnumSet;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.RouteTable.Route;

/** The administrator's screens for API clients (ADR 0028); what clients may call is in {@link ApiScope}. */
@Component
class ApiClientRoutes implements RouteContribution {

    static final String BASE = "/beheer/api-koppelingen";

    @Override
    public List<Route> routes() {
        return List.of(
                roles(HttpMethod.GET, BASE, EnumSet.of(Role.ADMINISTRATOR)),
                roles(HttpMethod.POST, BASE, EnumSet.of(Role.ADMINISTRATOR)),
                tenantRecord("api_client", HttpMethod.POST, BASE + "/{id}/intrekken", Role.ADMINISTRATOR));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("nav.apiClients", BASE, NavigationGroup.MANAGEMENT, 60));
    }
}
