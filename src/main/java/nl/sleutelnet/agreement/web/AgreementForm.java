package nl.sleutelnet.agreement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.agreement.Agreement;
import nl.sleutelnet.agreement.AgreementDraft;
import nl.sleutelnet.agreement.AgreementService;
import nl.sleutelnet.shared.FieldProblem;

/**
 * The coordinator's form for a new agreement version, as typed (all text, so that nothing the
 * user typed is lost when it is shown again with problems). {@code ritme} is a number of days
 * from the list or "anders", with {@code ritmeDagen} as the own number.
 */
public record AgreementForm(String taal, List<String> rollen, String verwachtingenGemeente,
        String verwachtingenSleutelfiguur, String ritme, String ritmeDagen, String contactpersoon, String vervanger,
        String herzieningsdatum) {

    static final List<Integer> CADENCE_CHOICES = List.of(14, 28, 42, 56, 84);
    static final String OTHER = "anders";

    public AgreementForm {
        rollen = rollen == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(rollen));
    }

    static AgreementForm of(Agreement a, String language, String municipalityExpectations,
            String keyFigureExpectations, LocalDate review) {
        boolean listed = CADENCE_CHOICES.contains(a.cadenceDays());
        return new AgreementForm(language, a.roleTypes().stream().sorted().map(Enum::name).toList(),
                municipalityExpectations, keyFigureExpectations, listed ? "" + a.cadenceDays() : OTHER,
                listed ? "" : "" + a.cadenceDays(), a.contactPerson().toString(), a.backupContact().toString(),
                review.toString());
    }

    public boolean hasRole(String role) {
        return rollen.contains(role);
    }

    /** The draft, with the problems of values that could not even be read added to {@code problems}. */
    AgreementDraft toDraft(List<FieldProblem> problems) {
        return AgreementDraft.fromText(taal, rollen, verwachtingenGemeente, verwachtingenSleutelfiguur,
                OTHER.equals(ritme) ? ritmeDagen : ritme, contactpersoon, vervanger, herzieningsdatum, problems);
    }

    /** All problems of the form: unreadable values first, then the service's rules; one per field. */
    static InputProblems problems(List<FieldProblem> parsing, List<FieldProblem> rules) {
        List<FieldProblem> all = new ArrayList<>(parsing);
        all.addAll(rules);
        return InputProblems.of(all);
    }

    static int defaultCadence() {
        return 28;
    }

    static LocalDate defaultReview(LocalDate today) {
        return today.plusMonths(12);
    }

    static String language(String requested, String fallback) {
        return requested != null && AgreementService.LANGUAGES.contains(requested) ? requested
                : AgreementService.language(fallback);
    }
}
