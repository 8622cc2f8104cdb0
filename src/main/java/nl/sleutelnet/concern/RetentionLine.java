package nl.sleutelnet.concern;

import java.time.LocalDate;

/** One concern retention deleted or cleared (or would): metadata only, as in the deletion log. */
public record RetentionLine(String reference, ConcernKind kind, Outcome outcome, RetentionRule rule,
        LocalDate receivedOn, LocalDate closedOn) {
}
