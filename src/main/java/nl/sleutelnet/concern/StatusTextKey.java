package nl.sleutelnet.concern;

/**
 * The moments the reporter gets a standard text: each status they can see, a periodic status
 * update and a reopened concern. The municipality may word each one itself, in Dutch and English.
 */
public enum StatusTextKey {
    RECEIVED,
    ACKNOWLEDGED,
    IN_ASSESSMENT,
    INFORMATION_REQUESTED,
    NO_CONCERN,
    CARE_ROUTE,
    HANDED_OVER,
    ADVICE_GIVEN,
    CLOSED,
    STATUS_UPDATE,
    REOPENED;

    /** The text that goes with reaching a status; null for a status the reporter never sees. */
    static StatusTextKey of(ConcernStatus status) {
        return status == ConcernStatus.AWAITING_APPROVAL ? null : valueOf(status.name());
    }
}
