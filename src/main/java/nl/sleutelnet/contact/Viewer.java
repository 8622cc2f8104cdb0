package nl.sleutelnet.contact;

import java.util.Collection;
import java.util.UUID;


import nl.sleutelnet.identity.CurrentUser;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;

/**
 * Who is asking, as far as contact moments are concerned: a coordinator sees every contact of
 * the municipality; anyone else (a partner professional) only those they were present at. An API
 * client (ADR 0028) sees every contact of its municipality as a coordinator does, but no note or
 * follow-up text: those are narrative, and no scope names them; it is never one of those present.
 */
record Viewer(UUID account, boolean coordinator, boolean person) {

    static Viewer current() {
        SleutelnetUser user = CurrentUser.get().orElse(null);
        if (user == null && CurrentUser.apiClient().isPresent()) {
            return new Viewer(CurrentUser.apiClient().get().clientId(), true, false);
        }
        user = CurrentUser.require();
        return new Viewer(user.accountId(), user.hasRole(Role.COORDINATOR), true);
    }

    /** The account whose presence limits the list, or null for all. */
    UUID visibleTo() {
        return coordinator ? null : account;
    }

    boolean readsNoteOf(Collection<UUID> participants) {
        return person && (coordinator || participants.contains(account));
    }
}
