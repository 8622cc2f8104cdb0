package nl.sleutelnet.organisation.web;

import static nl.sleutelnet.identity.Role.ADMINISTRATOR;
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

/** Organisations, affiliations with consent, and the municipality's network settings. */
@Component
public class OrganisationRoutes implements RouteContribution {

    @Override
    public List<Route> routes() {
        return List.of(
                roles(HttpMethod.GET, "/organisaties", EnumSet.of(COORDINATOR, CONCERN_HANDLER)),
                roles(HttpMethod.GET, "/organisaties/nieuw", EnumSet.of(COORDINATOR)),
                roles(HttpMethod.POST, "/organisaties", EnumSet.of(COORDINATOR)),
                tenantRecord("organisation", HttpMethod.GET, "/organisaties/{id}", COORDINATOR, CONCERN_HANDLER),
                tenantRecord("organisation", HttpMethod.POST, "/organisaties/{id}", COORDINATOR),
                roles(HttpMethod.GET, "/api/v1/organisaties", EnumSet.of(COORDINATOR, CONCERN_HANDLER)),
                roles(HttpMethod.POST, "/api/v1/organisaties", EnumSet.of(COORDINATOR)),
                tenantRecord("organisation", HttpMethod.GET, "/api/v1/organisaties/{id}", COORDINATOR, CONCERN_HANDLER),
                tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}/organisaties", COORDINATOR, CONCERN_HANDLER),
                tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/organisaties", COORDINATOR),
                tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/organisaties/beeindigen", COORDINATOR),
                tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/organisaties/intrekken", COORDINATOR),
                tenantRecord(HttpMethod.GET, "/api/v1/sleutelfiguren/{id}/organisaties", COORDINATOR, CONCERN_HANDLER),
                roles(HttpMethod.GET, "/instellingen/netwerk", EnumSet.of(COORDINATOR, ADMINISTRATOR)),
                roles(HttpMethod.POST, "/instellingen/netwerk/soorten", EnumSet.of(COORDINATOR, ADMINISTRATOR)),
                roles(HttpMethod.POST, "/instellingen/netwerk/soort", EnumSet.of(COORDINATOR, ADMINISTRATOR)),
                roles(HttpMethod.POST, "/instellingen/netwerk/gebieden", EnumSet.of(COORDINATOR, ADMINISTRATOR)),
                roles(HttpMethod.POST, "/instellingen/netwerk/gebied", EnumSet.of(COORDINATOR, ADMINISTRATOR)));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry("organisation.nav", "/organisaties", NavigationGroup.NETWORK, 10),
                new NavigationEntry("networkSettings.nav", "/instellingen/netwerk", NavigationGroup.MANAGEMENT, 10));
    }
}
