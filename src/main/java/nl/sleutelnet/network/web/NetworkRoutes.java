package nl.sleutelnet.network.web;

import static nl.sleutelnet.identity.Role.CONCERN_HANDLER;
import static nl.sleutelnet.identity.Role.COORDINATOR;
import static nl.sleutelnet.identity.RouteTable.roles;
import static nl.sleutelnet.identity.RouteTable.tenantRecord;

import java.util.EnumSet;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.NavigationEntry;
import nl.sleutelnet.identity.NavigationGroup;
import nl.sleutelnet.identity.RouteContribution;
import nl.sleutelnet.identity.RouteTable.Route;

/** The register: key figures, their lifecycle and sharing, web and API. */
@Component
public class NetworkRoutes implements RouteContribution {

    @Override
    public List<Route> routes() {
        return List.of(
                roles(HttpMethod.GET, "/sleutelfiguren", EnumSet.of(COORDINATOR, CONCERN_HANDLER)),
                // Literal paths before /sleutelfiguren/{id}: the first matching line decides.
                roles(HttpMethod.GET, "/sleutelfiguren/nieuw", EnumSet.of(COORDINATOR)),
                roles(HttpMethod.POST, "/sleutelfiguren/nieuw", EnumSet.of(COORDINATOR)),
                roles(HttpMethod.GET, "/sleutelfiguren/kandidaten", EnumSet.of(COORDINATOR)),
                tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}", COORDINATOR, CONCERN_HANDLER),
                tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}/wijzigen", COORDINATOR),
                tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/wijzigen", COORDINATOR),
                tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/status", COORDINATOR),
                tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/delen", COORDINATOR),
                tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/delen/stoppen", COORDINATOR),
                roles(HttpMethod.GET, "/api/v1/sleutelfiguren", EnumSet.of(COORDINATOR, CONCERN_HANDLER)),
                roles(HttpMethod.POST, "/api/v1/sleutelfiguren", EnumSet.of(COORDINATOR)),
                tenantRecord(HttpMethod.GET, "/api/v1/sleutelfiguren/{id}", COORDINATOR, CONCERN_HANDLER),
                tenantRecord(HttpMethod.PUT, "/api/v1/sleutelfiguren/{id}", COORDINATOR),
                tenantRecord(HttpMethod.POST, "/api/v1/sleutelfiguren/{id}/status", COORDINATOR));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry("nav.keyFigures", "/sleutelfiguren", NavigationGroup.MAIN, 10));
    }
}
