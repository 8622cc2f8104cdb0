package nl.sleutelnet.identity;

import java.time.Instant;
import java.util.UUID;

/** A key figure's portal account as other modules may see it: no password, no second factor. */
public record KeyFigureAccount(UUID id, String username, boolean active, Instant createdAt) {
}
