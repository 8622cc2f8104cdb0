package nl.sleutelnet.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.sleutelnet.shared.EmailAddress;
import nl.sleutelnet.shared.PersonName;
import nl.sleutelnet.shared.PhoneNumber;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * A key figure as the municipality records them: only what the cooperation needs. Staff
 * members (introducer, contact person, backup) are account ids. Areas are CBS codes;
 * network kinds are codes of the municipality's list (never a sensitive one).
 */
public record KeyFigure(MunicipalityId municipality, KeyFigureId id, PersonName name, EmailAddress email,
        PhoneNumber phone, String preferredLanguage, ContactChannel preferredChannel, Set<RoleType> roleTypes,
        boolean newToMunicipality, KeyFigureStatus status, UUID introducedBy, UUID contactPerson,
        UUID backupContact, Integer contactCadenceDays, LocalDate lastContactOn, LocalDate nextContactDue,
        LocalDate activeSince, LocalDate endedOn, EndReason endReason, LocalDate exitConversationOn,
        List<String> areaCodes, List<String> networkKinds, int version) {

    public String displayName() {
        return name.display();
    }

    /** Active, with an agreed rhythm, and the next contact is before the given day (or never happened). */
    public boolean overdueOn(LocalDate day) {
        return status == KeyFigureStatus.ACTIVE && contactCadenceDays != null
                && (nextContactDue == null || nextContactDue.isBefore(day));
    }
}
