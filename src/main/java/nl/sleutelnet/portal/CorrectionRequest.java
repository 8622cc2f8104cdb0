package nl.sleutelnet.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.sleutelnet.network.KeyFigureId;

/**
 * A key figure's request to correct the register (GDPR art. 16): which fields (codes) and a
 * short explanation in their own words (stored encrypted; decrypted here for who may read it).
 */
public record CorrectionRequest(UUID id, KeyFigureId keyFigure, List<Field> fields, String explanation, Instant receivedAt,
        LocalDate dueOn, Status status, Outcome outcome, Instant handledAt, int version) {

    public static final int MAX_EXPLANATION = 500;

    /** The parts of the register a correction can be about. */
    public enum Field { NAME, EMAIL, PHONE, LANGUAGE, CHANNEL, AREAS, NETWORK_KINDS, ROLE_TYPES, STATUS, CONTACT_PERSON, OTHER }

    public enum Status { OPEN, HANDLED }

    public enum Outcome { CORRECTED, PARTLY_CORRECTED, ALREADY_CORRECT, NOT_CORRECTED }

    public boolean overdueOn(LocalDate day) {
        return status == Status.OPEN && dueOn.isBefore(day);
    }
}
