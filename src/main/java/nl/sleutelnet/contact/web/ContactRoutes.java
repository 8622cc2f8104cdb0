package nl.sleutelnet.contact.web;

import static nl.sleutelnet.identity.Role.COORDINATOR;
import static nl.sleutelnet.identity.Role.PARTNER;
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

/** Contact moments, rhythm, work lists and coordination. */
@Component
public class ContactRoutes implements RouteContribution {

    @Override
    public List<Route> routes() {
        return List.of(
                tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}/contact", COORDINATOR, PARTNER),
                tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/contact", COORDINATOR, PARTNER),
                tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}/contactmomenten", COORDINATOR, PARTNER),
                tenantRecord("follow_up_action", HttpMethod.POST, "/vervolgacties/{id}/afgerond", COORDINATOR, PARTNER),
                roles(HttpMethod.GET, "/contact/werklijst", EnumSet.of(COORDINATOR)),
                roles(HttpMethod.GET, "/contact/afstemming", EnumSet.of(COORDINATOR)),
                roles(HttpMethod.GET, "/contact/gedeeld", EnumSet.of(PARTNER)),
                roles(HttpMethod.GET, "/api/v1/contactmomenten", EnumSet.of(COORDINATOR, PARTNER)),
                roles(HttpMethod.POST, "/api/v1/contactmomenten", EnumSet.of(COORDINATOR, PARTNER)),
                tenantRecord("contact_moment", HttpMethod.GET, "/api/v1/contactmomenten/{id}", COORDINATOR, PARTNER));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry("nav.contactWorkList", "/contact/werklijst", NavigationGroup.CONTACT, 10),
                new NavigationEntry("nav.coordination", "/contact/afstemming", NavigationGroup.CONTACT, 20),
                new NavigationEntry("nav.shared", "/contact/gedeeld", NavigationGroup.CONTACT, 50));
    }
}
