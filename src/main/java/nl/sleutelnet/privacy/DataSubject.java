package nl.sleutelnet.privacy;

import java.util.Objects;
import java.util.UUID;

/**
 * The person whose data a {@link PersonalDataContributor} is asked for. Today always a key
 * figure (by the id of their register record, in the current municipality); a bare id here
 * keeps the privacy module free of the register's types, which depend on it.
 */
public record DataSubject(UUID keyFigureId) {

    public DataSubject {
        Objects.requireNonNull(keyFigureId, "keyFigureId");
    }

    public static DataSubject keyFigure(UUID keyFigureId) {
        return new DataSubject(keyFigureId);
    }
}
