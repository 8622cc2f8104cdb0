package nl.sleutelnet.organisation;


import nl.sleutelnet.identity.CurrentUser;
import nl.sleutelnet.identity.Role;

/** Who is looking: only a network coordinator has a need to see what reveals a belief. */
final class Viewer {

    private Viewer() {
    }

    static boolean maySeeSensitive() {
        return CurrentUser.hasRole(Role.COORDINATOR);
    }
}
