package nl.sleutelnet.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.RoleType;

/** One immutable version of a key figure's agreement; only its acceptance is added later. */
public record Agreement(AgreementId id, KeyFigureId keyFigure, int version, String language, int templateVersion,
        Set<RoleType> roleTypes, AgreementTexts texts, int cadenceDays, UUID contactPerson, UUID backupContact,
        LocalDate reviewOn, UUID createdBy, Instant createdAt, Instant acceptedAt, boolean latest) {

    /** Dates on screen and paper are Dutch dates. */
    public static final ZoneId ZONE = nl.sleutelnet.shared.Times.ZONE;

    public LocalDateTime createdLocal() {
        return createdAt.atZone(ZONE).toLocalDateTime();
    }

    public LocalDateTime acceptedLocal() {
        return acceptedAt == null ? null : acceptedAt.atZone(ZONE).toLocalDateTime();
    }

    public boolean accepted() {
        return acceptedAt != null;
    }

    public AgreementStatus status() {
        if (accepted()) {
            return AgreementStatus.ACCEPTED;
        }
        return latest ? AgreementStatus.WAITING_FOR_ACCEPTANCE : AgreementStatus.SUPERSEDED;
    }

    /** The agreed rhythm in weeks when it is a whole number of weeks, else null. */
    public Integer cadenceWeeks() {
        return cadenceDays % 7 == 0 ? cadenceDays / 7 : null;
    }

    /** Message keys of the parts that differ from an earlier version (empty when there is none). */
    public List<String> changesSince(Agreement earlier) {
        List<String> changed = new ArrayList<>();
        if (earlier == null) {
            return changed;
        }
        AgreementTexts a = earlier.texts();
        add(changed, "agreement.roles", earlier.roleTypes(), roleTypes);
        add(changed, "agreement.municipalityExpectations", a.municipalityExpectations(), texts.municipalityExpectations());
        add(changed, "agreement.keyFigureExpectations", a.keyFigureExpectations(), texts.keyFigureExpectations());
        add(changed, "agreement.information", List.of(a.informationPurpose(), a.informationAccess(),
                a.informationRetention(), a.informationRights()), List.of(texts.informationPurpose(),
                texts.informationAccess(), texts.informationRetention(), texts.informationRights()));
        add(changed, "agreement.partnerClause", a.partnerClause(), texts.partnerClause());
        add(changed, "agreement.cadence", earlier.cadenceDays(), cadenceDays);
        add(changed, "agreement.contactPerson", earlier.contactPerson(), contactPerson);
        add(changed, "agreement.backupContact", earlier.backupContact(), backupContact);
        add(changed, "agreement.reviewOn", earlier.reviewOn(), reviewOn);
        return changed;
    }

    private static void add(List<String> changed, String key, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(key);
        }
    }
}
