package nl.sleutelnet.portal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.privacy.DataSubject;
import nl.sleutelnet.privacy.PersonalDataContributor;
import nl.sleutelnet.privacy.PersonalDataSection;
import nl.sleutelnet.tenancy.CurrentTenant;

/** What the portal itself holds about a key figure: invitations and the requests they filed. */
@Component
@Order(900)
class PortalPersonalData implements PersonalDataContributor {

    private final Invitations invitations;
    private final SubjectRequestRows requests;

    PortalPersonalData(Invitations invitations, SubjectRequestRows requests) {
        this.invitations = invitations;
        this.requests = requests;
    }

    @Override
    public String section() {
        return "portaal";
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalDataSection personalDataOf(DataSubject subject) {
        KeyFigureId keyFigure = new KeyFigureId(subject.keyFigureId());
        List<PersonalDataSection.Row> records = new ArrayList<>();
        for (Invitation invitation : invitations.of(CurrentTenant.require(), keyFigure)) {
            PersonalDataSection.RowBuilder record = PersonalDataSection.row();
            record.put("soort", "uitnodiging");
            record.put("verstuurd", invitation.invitedAt().toString());
            record.put("geldigTot", invitation.expiresAt().toString());
            record.put("status", invitation.status().name());
            records.add(record.build());
        }
        for (CorrectionRequest correction : requests.correctionsOf(CurrentTenant.require(), keyFigure)) {
            PersonalDataSection.RowBuilder record = PersonalDataSection.row();
            record.put("soort", "correctieverzoek");
            record.put("ontvangen", correction.receivedAt().toString());
            record.put("velden", correction.fields().stream().map(Enum::name).toList());
            record.put("toelichting", correction.explanation() == null ? "" : correction.explanation());
            record.put("status", correction.status().name());
            record.put("uitkomst", correction.outcome() == null ? "" : correction.outcome().name());
            records.add(record.build());
        }
        for (ErasureRequest erasure : requests.erasuresOf(CurrentTenant.require(), keyFigure)) {
            PersonalDataSection.RowBuilder record = PersonalDataSection.row();
            record.put("soort", "verwijderverzoek");
            record.put("ontvangen", erasure.receivedAt().toString());
            record.put("reden", erasure.reason() == null ? "" : erasure.reason().name());
            record.put("status", erasure.status().name());
            record.put("weigerreden", erasure.refusalReason() == null ? "" : erasure.refusalReason().name());
            records.add(record.build());
        }
        return sectionOf(records);
    }
}
