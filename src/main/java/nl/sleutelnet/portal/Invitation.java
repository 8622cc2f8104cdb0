package nl.sleutelnet.portal;

import java.time.Instant;
import java.util.UUID;

import nl.sleutelnet.network.KeyFigureId;

/** An invitation to the portal as stored: never the token, only when and what became of it. */
record Invitation(UUID id, KeyFigureId keyFigure, Instant invitedAt, Instant expiresAt, Status status, Instant usedAt) {

    enum Status { OPEN, USED, REVOKED }

    boolean usableAt(Instant now) {
        return status == Status.OPEN && expiresAt.isAfter(now);
    }
}
