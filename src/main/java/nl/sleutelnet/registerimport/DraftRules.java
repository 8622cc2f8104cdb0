package nl.sleutelnet.registerimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.sleutelnet.network.KeyFigureDraft;
import nl.sleutelnet.network.NetworkKind;
import nl.sleutelnet.shared.EmailAddress;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.PhoneNumber;

/**
 * The rules of {@code KeyFigureService.validate}, with the same field names and message keys,
 * but with the municipality's areas and network kinds loaded once instead of twice per
 * draft: at 100,000 rows those two queries per row would take longer than the whole import
 * may. {@code ImportingTheMessySampleTests} checks that both give the same answer.
 */
final class DraftRules {

    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2}");

    private final Set<String> areaCodes;
    private final Set<String> openKinds;
    private final Set<String> sensitiveKinds;

    DraftRules(Set<String> areaCodes, List<NetworkKind> kinds) {
        this.areaCodes = Set.copyOf(areaCodes);
        this.openKinds = kinds.stream().filter(k -> !k.sensitive() && k.active()).map(NetworkKind::code)
                .collect(Collectors.toUnmodifiableSet());
        this.sensitiveKinds = kinds.stream().filter(NetworkKind::sensitive).map(NetworkKind::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    List<FieldProblem> check(KeyFigureDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        draft.checkName(problems);
        if (!EmailAddress.isValid(draft.email())) {
            problems.add(new FieldProblem("email", "keyFigure.email.invalid"));
        }
        if (!PhoneNumber.isValid(draft.phone())) {
            problems.add(new FieldProblem("phone", "keyFigure.phone.invalid"));
        }
        String language = draft.preferredLanguage();
        if (language != null && !language.isBlank() && !LANGUAGE.matcher(language.strip()).matches()) {
            problems.add(new FieldProblem("preferredLanguage", "keyFigure.language.invalid"));
        }
        if (!areaCodes.containsAll(draft.areaCodes())) {
            problems.add(new FieldProblem("areaCodes", "keyFigure.area.unknown"));
        }
        if (draft.networkKinds().stream().anyMatch(sensitiveKinds::contains)) {
            problems.add(new FieldProblem("networkKinds", "keyFigure.networkKind.sensitive"));
        } else if (!openKinds.containsAll(draft.networkKinds())) {
            problems.add(new FieldProblem("networkKinds", "keyFigure.networkKind.unknown"));
        }
        return problems;
    }
}
