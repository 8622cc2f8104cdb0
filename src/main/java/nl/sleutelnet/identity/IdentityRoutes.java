package nl.sleutelnet.identity;

import static nl.sleutelnet.identity.RouteTable.EVERY_ROLE;
import static nl.sleutelnet.identity.RouteTable.open;
import static nl.sleutelnet.identity.RouteTable.pending;
import static nl.sleutelnet.identity.RouteTable.roles;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.RouteTable.Access;
import nl.sleutelnet.identity.RouteTable.Route;
import nl.sleutelnet.identity.RouteTable.Scope;

/**
 * Identity's own routes (login, second factor, password, logout) and the foundation every page needs:
 * static files, health, the API description.
 */
@Component
public class IdentityRoutes implements RouteContribution {

    @Override
    public List<Route> routes() {
        return List.of(
                open(HttpMethod.GET, "/inloggen"),
                open(HttpMethod.POST, "/inloggen"),
                // Sign-in through a municipality's provider (ADR 0029): the start and the way back are
                // handled by Spring Security's filters before this table; the rest are pages.
                open(HttpMethod.GET, "/inloggen/oidc/{cbsCode}"),
                open(HttpMethod.GET, "/inloggen/oidc/terug/{cbsCode}"),
                open(HttpMethod.GET, "/inloggen/geweigerd"),
                open(HttpMethod.GET, "/inloggen/verder"),
                open(HttpMethod.GET, "/uitgelogd"),
                open(HttpMethod.GET, "/actuator/health"),
                open(HttpMethod.GET, "/actuator/health/{group}"),
                open(HttpMethod.GET, "/api/v1/openapi.json"),
                open(HttpMethod.GET, "/api/v1/openapi.json.yaml"),
                open(HttpMethod.GET, "/css/**"),
                open(HttpMethod.GET, "/js/**"),
                open(HttpMethod.GET, "/img/**"),
                open(HttpMethod.GET, "/webjars/**"),
                open(HttpMethod.GET, "/favicon.ico"),
                // The set-up link of a new account: opened before anyone is signed in (AccountSetupLinks).
                open(HttpMethod.GET, "/account/instellen/{token}"),
                open(HttpMethod.POST, "/account/instellen/{token}"),
                // A key figure's sign-in link (EmailSignIn): the page, and its button that signs in.
                open(HttpMethod.GET, EmailSignIn.PATH + "/{token}"),
                open(HttpMethod.POST, EmailSignIn.PATH + "/{token}"),
                pending(HttpMethod.GET, "/tweede-factor"),
                pending(HttpMethod.POST, "/tweede-factor"),
                pending(HttpMethod.GET, "/tweede-factor/instellen"),
                pending(HttpMethod.POST, "/tweede-factor/instellen"),
                new Route(HttpMethod.POST, "/uitloggen", Access.ANY_SESSION, Set.of(), Scope.NONE),
                roles(HttpMethod.GET, "/account/wachtwoord", EVERY_ROLE),
                roles(HttpMethod.POST, "/account/wachtwoord", EVERY_ROLE),
                roles(HttpMethod.GET, "/beheer/inlogdienst", Set.of(Role.ADMINISTRATOR)),
                roles(HttpMethod.POST, "/beheer/inlogdienst", Set.of(Role.ADMINISTRATOR)),
                roles(HttpMethod.POST, "/beheer/inlogdienst/verwijderen", Set.of(Role.ADMINISTRATOR)));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry("nav.password", "/account/wachtwoord", NavigationGroup.ACCOUNT, 10),
                new NavigationEntry("nav.signInProvider", "/beheer/inlogdienst", NavigationGroup.MANAGEMENT, 40));
    }
}
