package nl.sleutelnet.concern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.sleutelnet.network.KeyFigureId;

/**
 * A concern as a handler sees it, narrative decrypted. {@code keyFigure} is the reporter (null when
 * the key figure was erased); staff are account ids. After retention cleared the narrative, the
 * narrative fields are null and {@code narrativeClearedAt} says when.
 */
public record Concern(ConcernId id, String reference, ConcernKind kind, ConcernStatus status, KeyFigureId keyFigure,
        boolean raisedByHandler, FeedbackChannel feedbackChannel, AgeBand ageBand, String areaCode, String facts,
        String interpretation, SourceKind sourceKind, String sourceNamed, String counterSigns, Outcome outcome,
        String outcomeRationale, UUID outcomeBy, UUID approvedBy, UUID handler, Instant receivedAt,
        LocalDate acknowledgeDueOn, Instant acknowledgedAt, Instant firstStatusAt, LocalDate feedbackDueOn,
        Instant closedAt, Instant narrativeClearedAt, Satisfaction satisfaction, int reopenedCount,
        Handover handover, int version) {

    /** The reporter must hear from the municipality before this day ends; null when nothing is due. */
    public boolean overdueOn(LocalDate today) {
        return feedbackDueOn != null && feedbackDueOn.isBefore(today);
    }
}
