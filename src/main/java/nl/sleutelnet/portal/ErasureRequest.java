package nl.sleutelnet.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import nl.sleutelnet.network.KeyFigureId;

/**
 * A key figure's request to erase their data (GDPR art. 17), tracked by the privacy officer
 * until it is handled or refused (with a reason code) before the deadline.
 */
public record ErasureRequest(UUID id, KeyFigureId keyFigure, Reason reason, Instant receivedAt, LocalDate dueOn,
        Status status, RefusalReason refusalReason, Instant statusChangedAt, int version) {

    /** Why the key figure asks (optional). */
    public enum Reason { NO_LONGER_ACTIVE, CONSENT_WITHDRAWN, NO_LONGER_NEEDED, OTHER }

    public enum Status {
        RECEIVED, IN_PROGRESS, HANDLED, REFUSED;

        public boolean open() {
            return this == RECEIVED || this == IN_PROGRESS;
        }

        public Set<Status> next() {
            return switch (this) {
                case RECEIVED -> EnumSet.of(IN_PROGRESS, HANDLED, REFUSED);
                case IN_PROGRESS -> EnumSet.of(HANDLED, REFUSED);
                case HANDLED, REFUSED -> EnumSet.noneOf(Status.class);
            };
        }
    }

    /** The grounds of art. 17(3) and identity doubts on which erasure may be refused. */
    public enum RefusalReason { LEGAL_OBLIGATION, PUBLIC_TASK, LEGAL_CLAIMS, IDENTITY_UNCONFIRMED }

    public boolean overdueOn(LocalDate day) {
        return status.open() && dueOn.isBefore(day);
    }
}
