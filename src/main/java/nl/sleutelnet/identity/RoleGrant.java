package nl.sleutelnet.identity;

import java.time.Instant;
import java.util.UUID;

/** A role that reads content, as granted: by whom (null: when the account was created) and when. */
public record RoleGrant(Role role, UUID grantedBy, Instant grantedAt) {
}
