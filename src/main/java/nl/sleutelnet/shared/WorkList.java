package nl.sleutelnet.shared;

import java.util.List;
import java.util.Set;

/**
 * Implemented by a module that has work waiting for the signed-in staff member (overdue
 * contacts, agreements to review, requests to handle). The start page asks a work list only
 * for a user who has one of its {@link #roles()} and none of its {@link #notFor()}, and only
 * in a municipality; an implementation answers for the current tenant and repeats no role check.
 *
 * <p>Roles are the values of {@code identity}'s {@code Role} enum. This module knows nothing of
 * users, so the type here is any enum; implementations write {@code Set.of(Role.COORDINATOR)}.
 */
public interface WorkList {

    /** The roles whose users get these lines. */
    Set<? extends Enum<?>> roles();

    /** Roles whose users get the same lines from another work list (shown once, not twice). */
    default Set<? extends Enum<?>> notFor() {
        return Set.of();
    }

    List<WorkListEntry> entries();
}
