package nl.sleutelnet.reciprocity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.PersonalDataContributor;

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
    public List<Map<String, Object>> personalDataOf(KeyFigureId keyFigure) {
        return reciprocity.itemsOf(keyFigure).stream().map(i -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("richting", i.direction().name());
            row.put("soort", i.kind().name());
            row.put("titel", i.title());
            if (i.explanation() != null) {
                row.put("toelichting", i.explanation());
            }
            if (i.amount() != null) {
                row.put("bedrag", i.amount().toPlainString());
            }
            row.put("status", i.status().name());
            if (i.outcome() != null) {
                row.put("uitkomst", i.outcome());
            }
            row.put("datum", i.openedOn().toString());
            if (i.closedOn() != null) {
                row.put("afgerondOp", i.closedOn().toString());
            }
            return row;
        }).toList();
    }
}
