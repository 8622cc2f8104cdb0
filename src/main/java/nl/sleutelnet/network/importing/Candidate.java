package nl.sleutelnet.network.importing;

import java.util.List;

import nl.sleutelnet.network.KeyFigureDraft;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.shared.PersonName;

/**
 * One data row read as a key figure: the draft, the status it gets and what is wrong with it.
 * The match keys (name, e-mail, phone in normal form) find duplicates.
 */
record Candidate(int row, KeyFigureDraft draft, KeyFigureStatus status, List<RowProblem> problems) {

    boolean valid() {
        return problems.isEmpty();
    }

    String nameKey() {
        return name().matchKey();
    }

    String displayName() {
        return name().display();
    }

    /** Only for valid candidates: their name parts passed the checks. */
    PersonName name() {
        return new PersonName(draft.givenName(), draft.namePrefix(), draft.familyName());
    }
}
