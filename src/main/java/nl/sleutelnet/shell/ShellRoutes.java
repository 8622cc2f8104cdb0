package nl.sleutelnet.shell;

import static nl.sleutelnet.identity.RouteTable.EVERY_ROLE;
import static nl.sleutelnet.identity.RouteTable.STAFF;
import static nl.sleutelnet.identity.RouteTable.roles;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.NavigationEntry;
import nl.sleutelnet.identity.NavigationGroup;
import nl.sleutelnet.identity.RouteContribution;
import nl.sleutelnet.identity.RouteTable.Access;
import nl.sleutelnet.identity.RouteTable.Route;
import nl.sleutelnet.identity.RouteTable.Scope;

/** The shell: the landing redirect, the staff start page, the error pages. */
@Component
public class ShellRoutes implements RouteContribution {

    @Override
    public List<Route> routes() {
        return List.of(
                new Route(null, "/error", Access.PUBLIC, Set.of(), Scope.NONE),
                roles(HttpMethod.GET, "/", EVERY_ROLE),
                roles(HttpMethod.GET, "/start", STAFF));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry("nav.start", "/start", NavigationGroup.MAIN, 0));
    }
}
