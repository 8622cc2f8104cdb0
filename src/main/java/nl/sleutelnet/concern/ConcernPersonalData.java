package nl.sleutelnet.concern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.PersonalDataContributor;
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
    public List<Map<String, Object>> personalDataOf(KeyFigureId keyFigure) {
        MunicipalityId municipality = CurrentTenant.require();
        List<Map<String, Object>> records = new ArrayList<>();
        for (ConcernSummary concern : concerns.ofReporter(municipality, keyFigure)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kenmerk", concern.reference());
            row.put("soort", concern.kind().name());
            row.put("gemeldOp", concern.receivedAt().toString());
            row.put("status", concern.status().shownToReporter().name());
            records.add(row);
            for (ConcernMessage m : messages.of(municipality, concern.id())) {
                Map<String, Object> message = new LinkedHashMap<>();
                message.put("kenmerk", concern.reference());
                message.put("bericht", m.kind().name());
                message.put("van", m.fromReporter() ? "REPORTER" : "MUNICIPALITY");
                message.put("datum", m.createdAt().toString());
                message.put("statusToen", m.shownStatus().shownToReporter().name());
                if (m.standardText() != null) {
                    message.put("standaardtekst", m.standardText());
                }
                if (m.personalText() != null) {
                    message.put("tekst", m.personalText());
                }
                records.add(message);
            }
        }
        return records;
    }
}
