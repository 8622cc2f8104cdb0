package nl.sleutelnet.shell;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.tenancy.Municipalities;
import nl.sleutelnet.tenancy.Municipality;
import nl.sleutelnet.tenancy.Region;

/** What the layout shows on every page: the user, their municipality, navigation, demo banner. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    /** A link in the main navigation. */
    record NavItem(String labelKey, String href) {
    }

    private final Municipalities municipalities;
    private final boolean demoMode;

    LayoutModel(Municipalities municipalities, @Value("${sleutelnet.demo.enabled:false}") boolean demoMode) {
        this.municipalities = municipalities;
        this.demoMode = demoMode;
    }

    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demoMode;
    }

    @ModelAttribute("currentUser")
    SleutelnetUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SleutelnetUser user ? user : null;
    }

    @ModelAttribute("organisationName")
    String organisationName() {
        SleutelnetUser user = currentUser();
        if (user == null) {
            return null;
        }
        return user.municipality().flatMap(municipalities::find).map(Municipality::name)
                .or(() -> user.region().flatMap(municipalities::findRegion).map(Region::name))
                .orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavItem> navigation() {
        SleutelnetUser user = currentUser();
        List<NavItem> items = new ArrayList<>();
        if (user == null) {
            return items;
        }
        if (user.hasRole(Role.KEY_FIGURE)) {
            items.add(new NavItem("nav.portal", "/portaal"));
            items.add(new NavItem("nav.portal.details", "/portaal/gegevens"));
            items.add(new NavItem("nav.portal.agreement", "/portaal/afspraak"));
            items.add(new NavItem("nav.portal.reciprocity", "/portaal/wederkerigheid"));
            items.add(new NavItem("nav.portal.concerns", "/portaal/zorgen"));
        } else {
            items.add(new NavItem("nav.start", "/start"));
        }
        if (user.hasRole(Role.CONCERN_HANDLER)) {
            items.add(new NavItem("nav.concerns", "/zorgmeldingen"));
        }
        if (user.hasRole(Role.COORDINATOR) || user.hasRole(Role.CONCERN_HANDLER)) {
            items.add(new NavItem("nav.keyFigures", "/sleutelfiguren"));
            items.add(new NavItem("organisation.nav", "/organisaties"));
        }
        if (user.hasRole(Role.COORDINATOR)) {
            items.add(new NavItem("nav.contactWorkList", "/contact/werklijst"));
            items.add(new NavItem("nav.agreements", "/afspraken"));
            items.add(new NavItem("nav.reciprocity", "/wederkerigheid"));
            items.add(new NavItem("nav.coordination", "/contact/afstemming"));
            items.add(new NavItem("nav.import", "/sleutelfiguren/import"));
        }
        if (user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMINISTRATOR)) {
            items.add(new NavItem("networkSettings.nav", "/instellingen/netwerk"));
        }
        if (user.hasRole(Role.CONCERN_HANDLER) || user.hasRole(Role.COORDINATOR)) {
            items.add(new NavItem("nav.concernFigures", "/zorgmeldingen/cijfers"));
        }
        if (user.hasRole(Role.ANALYST)) {
            items.add(new NavItem("nav.concernFigures", "/regio/zorgmeldingen/cijfers"));
        }
        if (user.hasRole(Role.CONCERN_HANDLER) || user.hasRole(Role.ADMINISTRATOR)) {
            items.add(new NavItem("nav.statusTexts", "/instellingen/terugkoppelteksten"));
        }
        if (user.hasRole(Role.PARTNER)) {
            items.add(new NavItem("nav.shared", "/contact/gedeeld"));
        }
        if (user.hasRole(Role.PRIVACY_OFFICER)) {
            items.add(new NavItem("nav.audit", "/beheer/audit"));
            items.add(new NavItem("nav.requests", "/beheer/verzoeken"));
            items.add(new NavItem("nav.retention", "/beheer/bewaartermijnen"));
        }
        items.add(new NavItem("nav.password", "/account/wachtwoord"));
        return items;
    }
}
