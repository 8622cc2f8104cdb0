package nl.sleutelnet.reciprocity.web;

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

/** The reciprocity ledger (R4), coordinator and portal side. */
@Component
public class ReciprocityRoutes implements RouteContribution {

    @Override
    public List<Route> routes() {
        return List.of(
                tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}/wederkerigheid", COORDINATOR),
                tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/wederkerigheid", COORDINATOR),
                roles(HttpMethod.GET, "/wederkerigheid", EnumSet.of(COORDINATOR)),
                tenantRecord("reciprocity_item", HttpMethod.GET, "/wederkerigheid/{id}", COORDINATOR),
                tenantRecord("reciprocity_item", HttpMethod.POST, "/wederkerigheid/{id}", COORDINATOR),
                roles(HttpMethod.GET, "/portaal/wederkerigheid", EnumSet.of(KEY_FIGURE)),
                roles(HttpMethod.POST, "/portaal/wederkerigheid", EnumSet.of(KEY_FIGURE)),
                tenantRecord(HttpMethod.GET, "/api/v1/sleutelfiguren/{id}/wederkerigheid", COORDINATOR),
                tenantRecord(HttpMethod.POST, "/api/v1/sleutelfiguren/{id}/wederkerigheid", COORDINATOR),
                tenantRecord("reciprocity_item", HttpMethod.GET, "/api/v1/wederkerigheid/{id}", COORDINATOR),
                tenantRecord("reciprocity_item", HttpMethod.POST, "/api/v1/wederkerigheid/{id}/status", COORDINATOR));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry("nav.reciprocity", "/wederkerigheid", NavigationGroup.CONTACT, 40),
                new NavigationEntry("nav.portal.reciprocity", "/portaal/wederkerigheid", NavigationGroup.MAIN, 3));
    }
}
