package nl.sleutelnet.identity;

import java.util.Set;
import java.util.UUID;

/** A staff account as other modules may see it: who, which roles, still active. */
public record StaffMember(UUID id, String displayName, Set<Role> roles, boolean active) {
}
