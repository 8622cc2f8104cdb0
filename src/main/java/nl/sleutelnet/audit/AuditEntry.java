package nl.sleutelnet.audit;

import java.time.Instant;
import java.util.UUID;

/** One row of the audit trail as shown to the privacy officer. */
public record AuditEntry(long seq, Instant occurredAt, UUID municipalityId, AuditActor.Kind actorKind, UUID actorId,
        AuditAction action, String recordType, UUID recordId, AuditOutcome outcome) {

    /** When, in Dutch local time, for display. */
    public java.time.LocalDateTime localTime() {
        return nl.sleutelnet.shared.Times.local(occurredAt);
    }
}
