package nl.sleutelnet.reciprocity;

import org.springframework.stereotype.Component;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.privacy.DataSubject;
import nl.sleutelnet.privacy.PersonalDataContributor;
import nl.sleutelnet.privacy.PersonalDataSection;

/** Every ledger item of the key figure, with explanation and outcome, for their data download. */
@Component
class ReciprocityPersonalData implements PersonalDataContributor {

    private final ReciprocityService reciprocity;

    ReciprocityPersonalData(ReciprocityService reciprocity) {
        this.reciprocity = reciprocity;
    }

    @Override
    public String section() {
        return "wederkerigheid";
    }

    @Override
    public PersonalDataSection personalDataOf(DataSubject subject) {
        return sectionOf(reciprocity.itemsOf(new KeyFigureId(subject.keyFigureId())).stream().map(i -> {
            PersonalDataSection.RowBuilder row = PersonalDataSection.row();
            row.put("richting", i.direction().name());
            row.put("soort", i.kind().name());
            row.put("titel", i.title());
            row.putIfPresent("toelichting", i.explanation());
            if (i.amount() != null) {
                row.put("bedrag", i.amount().toPlainString());
            }
            row.put("status", i.status().name());
            row.putIfPresent("uitkomst", i.outcome());
            row.put("datum", i.openedOn().toString());
            if (i.closedOn() != null) {
                row.put("afgerondOp", i.closedOn().toString());
            }
            return row.build();
        }).toList());
    }
}
