package nl.sleutelnet.portal;

import java.time.Instant;
import java.util.UUID;

import nl.sleutelnet.network.KeyFigureId;

/** An invitation to the portal as stored: never the token, only when and what became of it. */
public record Invitation(UUID id, KeyFigureId keyFigure, Instant invitedAt, Instant expiresAt, Status status, Instant usedAt) {

    public enum Status { OPEN, USED, REVOKED }

    public boolean usableAt(Instant now) {
        return status == Status.OPEN && expiresAt.isAfter(now);
    }
}
