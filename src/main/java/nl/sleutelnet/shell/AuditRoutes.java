package nl.sleutelnet.shell;

import static nl.sleutelnet.identity.Role.PRIVACY_OFFICER;
import static nl.sleutelnet.identity.RouteTable.roles;

import java.util.EnumSet;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.NavigationEntry;
import nl.sleutelnet.identity.NavigationGroup;
import nl.sleutelnet.identity.RouteContribution;
import nl.sleutelnet.identity.RouteTable.Route;

/**
 * The audit trail and its chain check (privacy officer). The audit module sits below identity
 * (identity records logins in it), so it cannot implement identity's {@link RouteContribution}
 * without a cycle; the shell, which depends on both, contributes its routes for it.
 */
@Component
public class AuditRoutes implements RouteContribution {

    @Override
    public List<Route> routes() {
        return List.of(
                roles(HttpMethod.GET, "/beheer/audit", EnumSet.of(PRIVACY_OFFICER)),
                roles(HttpMethod.POST, "/beheer/audit/controle", EnumSet.of(PRIVACY_OFFICER)));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry("nav.audit", "/beheer/audit", NavigationGroup.MANAGEMENT, 30));
    }
}
