package nl.sleutelnet.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A staff account as its municipality's administrator manages it: who, which roles, whether it may
 * sign in, and when it last did; {@code awaitingSetup}: invited, no password set yet. No content of
 * the municipality.
 */
public record StaffAccount(UUID id, String username, String displayName, Set<Role> roles, boolean active,
        boolean secondFactorEnrolled, Instant lastSignedInAt, LocalDate validUntil, Instant createdAt, int version,
        boolean awaitingSetup) {

    public StaffAccount {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Whether the last day has passed (the account can no longer sign in). */
    public boolean ended(LocalDate today) {
        return validUntil != null && validUntil.isBefore(today);
    }

    /** Active and not ended: the account can sign in. */
    public boolean mayUse(LocalDate today) {
        return active && !ended(today);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The roles in the order of {@link Role}, for display. */
    public java.util.List<Role> sortedRoles() {
        return roles.stream().sorted().toList();
    }
}
