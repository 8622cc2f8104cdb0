package nl.sleutelnet.organisation;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.sleutelnet.identity.Role;

/** Who is looking: only a network coordinator has a need to see what reveals a belief. */
final class Viewer {

    private Viewer() {
    }

    static boolean maySeeSensitive() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(a -> Role.COORDINATOR.authority().equals(a.getAuthority()));
    }
}
