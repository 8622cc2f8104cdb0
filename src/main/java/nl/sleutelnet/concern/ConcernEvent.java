package nl.sleutelnet.concern;

import java.time.Instant;
import java.util.UUID;

/** A step in the handling, for the handlers only. {@code note} is a decrypted rationale or reason. */
public record ConcernEvent(UUID id, String action, ConcernStatus fromStatus, ConcernStatus toStatus, UUID actor,
        Instant occurredAt, String note) {
}
