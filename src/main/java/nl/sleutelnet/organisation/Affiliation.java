package nl.sleutelnet.organisation;

import java.time.Instant;
import java.time.LocalDate;

import nl.sleutelnet.network.KeyFigureId;

/**
 * A key figure's tie to an organisation. For a sensitive one, {@code organisation},
 * {@code function} and {@code kindCode} come from the decrypted payload and are null once
 * consent was withdrawn; {@code consent} is null for a plain one.
 */
public record Affiliation(AffiliationId id, KeyFigureId keyFigure, boolean sensitive, Organisation organisation,
        AffiliationFunction function, String kindCode, Instant recordedAt, LocalDate endedOn, Consent consent) {

    /** The day it was recorded, in the Netherlands. */
    public LocalDate recordedOn() {
        return LocalDate.ofInstant(recordedAt, Consent.ZONE);
    }

    public boolean active() {
        return endedOn == null && (consent == null || !consent.withdrawn());
    }
}
