package nl.sleutelnet.contact;

import java.util.Collection;
import java.util.UUID;


import nl.sleutelnet.identity.CurrentUser;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;

/**
 * Who is asking, as far as contact moments are concerned: a coordinator sees every contact of
 * the municipality; anyone else (a partner professional) only those they were present at.
 */
record Viewer(UUID account, boolean coordinator) {

    static Viewer current() {
        SleutelnetUser user = CurrentUser.require();
        return new Viewer(user.accountId(), user.hasRole(Role.COORDINATOR));
    }

    /** The account whose presence limits the list, or null for all. */
    UUID visibleTo() {
        return coordinator ? null : account;
    }

    boolean readsNoteOf(Collection<UUID> participants) {
        return coordinator || participants.contains(account);
    }
}
