package nl.sleutelnet.portal;

import static nl.sleutelnet.identity.Role.COORDINATOR;
import static nl.sleutelnet.identity.Role.KEY_FIGURE;
import static nl.sleutelnet.identity.Role.PRIVACY_OFFICER;
import static nl.sleutelnet.identity.RouteTable.open;
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

/** The key figure's portal: invitation, own data, downloads, requests; the privacy officer's requests. */
@Component
public class PortalRoutes implements RouteContribution {

    @Override
    public List<Route> routes() {
        return List.of(
                roles(HttpMethod.GET, "/portaal", EnumSet.of(KEY_FIGURE)),
                open(HttpMethod.GET, "/uitnodiging"),
                // Asking for a sign-in link (PortalSignInLinks); the link itself is identity's route.
                open(HttpMethod.GET, "/inloggen/link"),
                open(HttpMethod.POST, "/inloggen/link"),
                open(HttpMethod.POST, "/uitnodiging"),
                tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}/portaaltoegang", COORDINATOR),
                tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/uitnodigen", COORDINATOR),
                tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/blokkeren", COORDINATOR),
                roles(HttpMethod.GET, "/portaaltoegang", EnumSet.of(COORDINATOR)),
                roles(HttpMethod.GET, "/portaal/gegevens", EnumSet.of(KEY_FIGURE)),
                roles(HttpMethod.GET, "/portaal/gegevens/correctie", EnumSet.of(KEY_FIGURE)),
                roles(HttpMethod.POST, "/portaal/gegevens/correctie", EnumSet.of(KEY_FIGURE)),
                roles(HttpMethod.GET, "/portaal/verwijderverzoek", EnumSet.of(KEY_FIGURE)),
                roles(HttpMethod.POST, "/portaal/verwijderverzoek", EnumSet.of(KEY_FIGURE)),
                roles(HttpMethod.GET, "/portaal/mijn-gegevens.json", EnumSet.of(KEY_FIGURE)),
                roles(HttpMethod.GET, "/portaal/mijn-gegevens.pdf", EnumSet.of(KEY_FIGURE)),
                roles(HttpMethod.GET, "/verzoeken/correcties", EnumSet.of(COORDINATOR)),
                tenantRecord("correction_request", HttpMethod.POST, "/verzoeken/correcties/{id}/afhandelen", COORDINATOR),
                roles(HttpMethod.GET, "/beheer/verzoeken", EnumSet.of(PRIVACY_OFFICER)),
                tenantRecord("data_subject_request", HttpMethod.POST, "/beheer/verzoeken/{id}/status", PRIVACY_OFFICER));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry("nav.portal", "/portaal", NavigationGroup.MAIN, 0),
                new NavigationEntry("nav.portal.details", "/portaal/gegevens", NavigationGroup.MAIN, 1),
                new NavigationEntry("nav.requests", "/beheer/verzoeken", NavigationGroup.MANAGEMENT, 31));
    }
}
