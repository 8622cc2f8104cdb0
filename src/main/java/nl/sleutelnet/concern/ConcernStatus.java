package nl.sleutelnet.concern;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a concern. Allowed steps are listed here and nowhere else; the service adds the
 * rules a step needs beyond its source state (a rationale, a second handler, the kind).
 */
public enum ConcernStatus {
    RECEIVED,
    ACKNOWLEDGED,
    IN_ASSESSMENT,
    INFORMATION_REQUESTED,
    /** An outcome that needs a second handler (no concern, handover) waits for their approval. */
    AWAITING_APPROVAL,
    NO_CONCERN,
    CARE_ROUTE,
    HANDED_OVER,
    ADVICE_GIVEN,
    CLOSED;

    public Set<ConcernStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(ACKNOWLEDGED);
            case ACKNOWLEDGED -> EnumSet.of(IN_ASSESSMENT);
            case IN_ASSESSMENT -> EnumSet.of(INFORMATION_REQUESTED, AWAITING_APPROVAL, CARE_ROUTE, ADVICE_GIVEN);
            case INFORMATION_REQUESTED -> EnumSet.of(IN_ASSESSMENT);
            case AWAITING_APPROVAL -> EnumSet.of(NO_CONCERN, HANDED_OVER, IN_ASSESSMENT);
            case NO_CONCERN, CARE_ROUTE, HANDED_OVER, ADVICE_GIVEN -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.of(IN_ASSESSMENT);
        };
    }

    public boolean canBecome(ConcernStatus target) {
        return next().contains(target);
    }

    public boolean isOutcome() {
        return this == NO_CONCERN || this == CARE_ROUTE || this == HANDED_OVER || this == ADVICE_GIVEN;
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** What the reporter is shown: an approval that is still pending is just "being assessed" to them. */
    public ConcernStatus shownToReporter() {
        return this == AWAITING_APPROVAL ? IN_ASSESSMENT : this;
    }
}
