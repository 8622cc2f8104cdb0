package nl.sleutelnet.contact;

import java.time.LocalDate;
import java.util.UUID;

/** A key figure on a rhythm work list: when the last contact was and when the next is due (null: never). */
public record RhythmLine(UUID keyFigure, String name, LocalDate lastContactOn, LocalDate nextContactDue,
        Integer cadenceDays, UUID contactPerson, UUID backupContact) {
}
