package nl.sleutelnet.concern;

import java.time.Instant;

/** A line of the reporter's list of own concerns: the status shown to them and how many new messages wait. */
public record ReporterConcernLine(ConcernId id, String reference, ConcernKind kind, ConcernStatus status,
        Instant receivedAt, long unread) {
}
