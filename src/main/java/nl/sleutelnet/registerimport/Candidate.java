package nl.sleutelnet.registerimport;

import java.util.List;

import nl.sleutelnet.network.KeyFigureDraft;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.shared.PersonName;

/**
 * One data row read as a key figure: the draft, the status it gets and what is wrong with it.
 * The match keys (name, e-mail, phone in normal form) find duplicates; a valid candidate
 * computes them once, because the analysis and the insert both need them for every row.
 */
record Candidate(int row, KeyFigureDraft draft, KeyFigureStatus status, List<RowProblem> problems, Keys keys) {

    Candidate(int row, KeyFigureDraft draft, KeyFigureStatus status, List<RowProblem> problems) {
        this(row, draft, status, problems, problems.isEmpty() ? Keys.of(draft) : null);
    }

    /** The stored forms of a valid row's name, e-mail address and phone number. */
    record Keys(PersonName name, String nameKey, String email, String phone) {

        static Keys of(KeyFigureDraft draft) {
            PersonName name = new PersonName(draft.givenName(), draft.namePrefix(), draft.familyName());
            return new Keys(name, name.matchKey(), ImportValues.email(draft.email()), ImportValues.phone(draft.phone()));
        }
    }

    boolean valid() {
        return problems.isEmpty();
    }

    String nameKey() {
        return keys.nameKey();
    }

    String displayName() {
        return keys.name().display();
    }

    /** Only for valid candidates: their name parts passed the checks. */
    PersonName name() {
        return keys.name();
    }

    /** The e-mail address as stored, or null; only for valid candidates. */
    String email() {
        return keys.email();
    }

    /** The phone number as stored, or null; only for valid candidates. */
    String phone() {
        return keys.phone();
    }
}
