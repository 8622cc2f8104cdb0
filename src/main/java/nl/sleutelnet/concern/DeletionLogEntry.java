package nl.sleutelnet.concern;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the deletion log: what retention removed or cleared, and when — never content. */
public record DeletionLogEntry(String reference, ConcernKind kind, Outcome outcome, RetentionRule rule,
        LocalDate receivedOn, LocalDate closedOn, Instant deletedAt) {
}
