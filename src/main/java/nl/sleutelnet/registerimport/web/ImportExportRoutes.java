package nl.sleutelnet.registerimport.web;

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

/** Import and export of the register. */
@Component
public class ImportExportRoutes implements RouteContribution {

    @Override
    public List<Route> routes() {
        return List.of(
                roles(HttpMethod.GET, "/sleutelfiguren/import", EnumSet.of(COORDINATOR)),
                roles(HttpMethod.POST, "/sleutelfiguren/import", EnumSet.of(COORDINATOR)),
                tenantRecord("import_batch", HttpMethod.GET, "/sleutelfiguren/import/{id}", COORDINATOR),
                tenantRecord("import_batch", HttpMethod.POST, "/sleutelfiguren/import/{id}/koppeling", COORDINATOR),
                tenantRecord("import_batch", HttpMethod.GET, "/sleutelfiguren/import/{id}/rapport", COORDINATOR),
                tenantRecord("import_batch", HttpMethod.POST, "/sleutelfiguren/import/{id}/vastleggen", COORDINATOR),
                tenantRecord("import_batch", HttpMethod.POST, "/sleutelfiguren/import/{id}/annuleren", COORDINATOR),
                roles(HttpMethod.GET, "/sleutelfiguren/export", EnumSet.of(COORDINATOR)),
                roles(HttpMethod.POST, "/sleutelfiguren/export", EnumSet.of(COORDINATOR)));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry("nav.import", "/sleutelfiguren/import", NavigationGroup.NETWORK, 20));
    }
}
