package nl.sleutelnet.shell;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import nl.sleutelnet.identity.RouteTable;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.tenancy.Municipalities;
import nl.sleutelnet.tenancy.Municipality;
import nl.sleutelnet.tenancy.Region;

/** What the layout shows on every page: the user, their municipality, navigation, demo banner. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final Municipalities municipalities;
    private final RouteTable routeTable;
    private final boolean demoMode;

    LayoutModel(Municipalities municipalities, RouteTable routeTable,
            @Value("${sleutelnet.demo.enabled:false}") boolean demoMode) {
        this.municipalities = municipalities;
        this.routeTable = routeTable;
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

    /**
     * The navigation of the signed-in user: every module's entries that the route table lets one of
     * their roles GET, grouped; null for a visitor who is not signed in.
     */
    @ModelAttribute("navigation")
    Navigation navigation(jakarta.servlet.http.HttpServletRequest request) {
        SleutelnetUser user = currentUser();
        return user == null ? null : Navigation.of(routeTable.navigationFor(user.roles()), request.getRequestURI());
    }
}
