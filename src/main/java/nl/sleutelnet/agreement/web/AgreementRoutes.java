package nl.sleutelnet.agreement.web;

import static nl.sleutelnet.identity.Role.COORDINATOR;
import static nl.sleutelnet.identity.Role.KEY_FIGURE;
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

/** Role agreements (R5), coordinator and portal side. */
@Component
public class AgreementRoutes implements RouteContribution {

    @Override
    public List<Route> routes() {
        return List.of(
                roles(HttpMethod.GET, "/beheer/afspraaktekst", EnumSet.of(COORDINATOR)),
                roles(HttpMethod.POST, "/beheer/afspraaktekst", EnumSet.of(COORDINATOR)),
                tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}/afspraak", COORDINATOR),
                tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/afspraak", COORDINATOR),
                tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}/afspraak.pdf", COORDINATOR),
                roles(HttpMethod.GET, "/afspraken", EnumSet.of(COORDINATOR)),
                roles(HttpMethod.GET, "/portaal/afspraak", EnumSet.of(KEY_FIGURE)),
                roles(HttpMethod.POST, "/portaal/afspraak/akkoord", EnumSet.of(KEY_FIGURE)),
                roles(HttpMethod.GET, "/portaal/afspraak.pdf", EnumSet.of(KEY_FIGURE)),
                tenantRecord(HttpMethod.GET, "/api/v1/sleutelfiguren/{id}/afspraken", COORDINATOR),
                tenantRecord(HttpMethod.POST, "/api/v1/sleutelfiguren/{id}/afspraken", COORDINATOR),
                tenantRecord("agreement", HttpMethod.GET, "/api/v1/afspraken/{id}", COORDINATOR));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry("nav.agreements", "/afspraken", NavigationGroup.CONTACT, 30),
                new NavigationEntry("nav.portal.agreement", "/portaal/afspraak", NavigationGroup.MAIN, 2));
    }
}
