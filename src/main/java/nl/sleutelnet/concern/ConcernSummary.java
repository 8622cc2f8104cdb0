package nl.sleutelnet.concern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A line of a handler's list: no narrative, nothing about the person concerned, so no audited read. */
public record ConcernSummary(ConcernId id, String reference, ConcernKind kind, ConcernStatus status,
        Instant receivedAt, LocalDate feedbackDueOn, UUID handler, UUID outcomeBy, int reopenedCount) {

    public boolean overdueOn(LocalDate today) {
        return feedbackDueOn != null && feedbackDueOn.isBefore(today);
    }
}
