package nl.sleutelnet.concern;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.privacy.DataSubject;
import nl.sleutelnet.privacy.PersonalDataContributor;
import nl.sleutelnet.privacy.PersonalDataSection;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The concerns a key figure raised, for their data download: per concern what they see in the portal
 * (reference, kind, date, the status shown to them) and, as records of their own, the messages between
 * them and the municipality. Never the facts, interpretation, source, counter-signs, age band or area:
 * those are about a third person. Reading for the download marks nothing as read.
 */
@Component
class ConcernPersonalData implements PersonalDataContributor {

    private final Concerns concerns;
    private final ConcernMessages messages;

    ConcernPersonalData(Concerns concerns, ConcernMessages messages) {
        this.concerns = concerns;
        this.messages = messages;
    }

    @Override
    public String section() {
        return "zorgmeldingen";
    }

    @Override
    public PersonalDataSection personalDataOf(DataSubject subject) {
        KeyFigureId keyFigure = new KeyFigureId(subject.keyFigureId());
        MunicipalityId municipality = CurrentTenant.require();
        List<PersonalDataSection.Row> records = new ArrayList<>();
        for (ConcernSummary concern : concerns.ofReporter(municipality, keyFigure)) {
            PersonalDataSection.RowBuilder row = PersonalDataSection.row();
            row.put("kenmerk", concern.reference());
            row.put("soort", concern.kind().name());
            row.put("gemeldOp", concern.receivedAt().toString());
            row.put("status", concern.status().shownToReporter().name());
            records.add(row.build());
            for (ConcernMessage m : messages.of(municipality, concern.id())) {
                PersonalDataSection.RowBuilder message = PersonalDataSection.row();
                message.put("kenmerk", concern.reference());
                message.put("bericht", m.kind().name());
                message.put("van", m.fromReporter() ? "REPORTER" : "MUNICIPALITY");
                message.put("datum", m.createdAt().toString());
                message.put("statusToen", m.shownStatus().shownToReporter().name());
                message.putIfPresent("standaardtekst", m.standardText());
                message.putIfPresent("tekst", m.personalText());
                records.add(message.build());
            }
        }
        return sectionOf(records);
    }
}
