package nl.sleutelnet.concern.web;

import static nl.sleutelnet.identity.Role.ADMINISTRATOR;
import static nl.sleutelnet.identity.Role.ANALYST;
import static nl.sleutelnet.identity.Role.CONCERN_HANDLER;
import static nl.sleutelnet.identity.Role.COORDINATOR;
import static nl.sleutelnet.identity.Role.KEY_FIGURE;
import static nl.sleutelnet.identity.Role.PRIVACY_OFFICER;
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

/**
 * Concerns (R6): the handlers' screens, the reporter's side in the portal, status texts, retention,
 * figures and the API.
 */
@Component
public class ConcernRoutes implements RouteContribution {

    @Override
    public List<Route> routes() {
        return List.of(
                roles(HttpMethod.GET, "/zorgmeldingen", EnumSet.of(CONCERN_HANDLER)),
                tenantRecord("concern", HttpMethod.GET, "/zorgmeldingen/{id}", CONCERN_HANDLER),
                tenantRecord("concern", HttpMethod.POST, "/zorgmeldingen/{id}/stap", CONCERN_HANDLER),
                tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}/zorgmelding", CONCERN_HANDLER),
                tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/zorgmelding", CONCERN_HANDLER),
                roles(HttpMethod.GET, "/portaal/zorgen", EnumSet.of(KEY_FIGURE)),
                roles(HttpMethod.GET, "/portaal/zorgen/nieuw", EnumSet.of(KEY_FIGURE)),
                roles(HttpMethod.POST, "/portaal/zorgen/nieuw", EnumSet.of(KEY_FIGURE)),
                tenantRecord("concern", HttpMethod.GET, "/portaal/zorgen/{id}", KEY_FIGURE),
                tenantRecord("concern", HttpMethod.POST, "/portaal/zorgen/{id}/antwoord", KEY_FIGURE),
                tenantRecord("concern", HttpMethod.POST, "/portaal/zorgen/{id}/tevredenheid", KEY_FIGURE),
                tenantRecord("concern", HttpMethod.POST, "/portaal/zorgen/{id}/heropenen", KEY_FIGURE),
                roles(HttpMethod.GET, "/instellingen/terugkoppelteksten", EnumSet.of(CONCERN_HANDLER, ADMINISTRATOR)),
                roles(HttpMethod.POST, "/instellingen/terugkoppelteksten", EnumSet.of(CONCERN_HANDLER, ADMINISTRATOR)),
                roles(HttpMethod.GET, "/beheer/bewaartermijnen", EnumSet.of(PRIVACY_OFFICER)),
                roles(HttpMethod.POST, "/beheer/bewaartermijnen/uitvoeren", EnumSet.of(PRIVACY_OFFICER)),
                roles(HttpMethod.GET, "/zorgmeldingen/cijfers", EnumSet.of(CONCERN_HANDLER, COORDINATOR)),
                roles(HttpMethod.GET, "/regio/zorgmeldingen/cijfers", EnumSet.of(ANALYST)),
                roles(HttpMethod.GET, "/api/v1/zorgmeldingen", EnumSet.of(CONCERN_HANDLER)),
                roles(HttpMethod.GET, "/api/v1/zorgmeldingen/cijfers", EnumSet.of(CONCERN_HANDLER, COORDINATOR)),
                tenantRecord("concern", HttpMethod.GET, "/api/v1/zorgmeldingen/{id}", CONCERN_HANDLER),
                tenantRecord("concern", HttpMethod.POST, "/api/v1/zorgmeldingen/{id}/stappen", CONCERN_HANDLER));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry("nav.concerns", "/zorgmeldingen", NavigationGroup.MAIN, 5),
                new NavigationEntry("nav.concernFigures", "/zorgmeldingen/cijfers", NavigationGroup.CONCERNS, 10),
                new NavigationEntry("nav.concernFigures", "/regio/zorgmeldingen/cijfers", NavigationGroup.CONCERNS, 11),
                new NavigationEntry("nav.statusTexts", "/instellingen/terugkoppelteksten", NavigationGroup.MANAGEMENT, 20),
                new NavigationEntry("nav.retention", "/beheer/bewaartermijnen", NavigationGroup.MANAGEMENT, 32),
                new NavigationEntry("nav.portal.concerns", "/portaal/zorgen", NavigationGroup.MAIN, 4));
    }
}
