package nl.sleutelnet.agreement;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.privacy.DataSubject;
import nl.sleutelnet.privacy.PersonalDataContributor;
import nl.sleutelnet.privacy.PersonalDataSection;

/** Every agreement version with its texts and acceptance, for the key figure's data download. */
@Component
class AgreementPersonalData implements PersonalDataContributor {

    private final AgreementService agreements;

    AgreementPersonalData(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public String section() {
        return "afspraken";
    }

    @Override
    public PersonalDataSection personalDataOf(DataSubject subject) {
        Map<UUID, String> staff = agreements.staffNames();
        return sectionOf(agreements.versions(new KeyFigureId(subject.keyFigureId())).stream().map(a -> {
            PersonalDataSection.RowBuilder row = PersonalDataSection.row();
            AgreementTexts t = a.texts();
            row.put("versie", a.version());
            row.put("status", a.status().name());
            row.put("taal", a.language());
            row.put("rollen", a.roleTypes().stream().sorted().map(Enum::name).toList());
            row.put("verwachtingenGemeente", t.municipalityExpectations());
            row.put("verwachtingenSleutelfiguur", t.keyFigureExpectations());
            row.put("informatieDoel", t.informationPurpose());
            row.put("informatieWieZiet", t.informationAccess());
            row.put("informatieBewaren", t.informationRetention());
            row.put("informatieRechten", t.informationRights());
            row.put("partnerclausule", t.partnerClause());
            row.put("contactritmeDagen", a.cadenceDays());
            row.put("contactpersoon", staff.getOrDefault(a.contactPerson(), ""));
            row.put("vervanger", staff.getOrDefault(a.backupContact(), ""));
            row.put("herzieningsdatum", a.reviewOn().toString());
            row.put("vastgelegdOp", a.createdAt().toString());
            if (a.accepted()) {
                row.put("geaccepteerdOp", a.acceptedAt().toString());
            }
            return row.build();
        }).toList());
    }
}
