package nl.sleutelnet.identity;

import java.util.ArrayList;
import java.util.List;

import nl.sleutelnet.shared.Codes;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.TextRule;

/**
 * What the administrator looks for in the staff list: a part of the name or e-mail address, and
 * optionally a role, whether the account can sign in, whether the second factor is enrolled, and
 * when the account last signed in. Unknown codes are problems, not silently ignored.
 */
public record StaffSearch(String query, Role role, Boolean usable, Boolean secondFactor, SignedIn signedIn,
        List<FieldProblem> problems) {

    public static final int MAX_QUERY = 100;

    /** When the account last signed in. */
    public enum SignedIn {
        /** Never signed in. */
        NEVER,
        /** Within the last 30 days. */
        RECENTLY,
        /** Not within the last 90 days (or never). */
        LONG_AGO
    }

    public StaffSearch {
        query = query == null ? "" : query;
        problems = List.copyOf(problems);
    }

    public static StaffSearch everyone() {
        return new StaffSearch("", null, null, null, null, List.of());
    }

    /** Reads the list's query string; what cannot be read becomes a problem of its field. */
    public static StaffSearch of(String query, String role, String usable, String secondFactor, String signedIn) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = TextRule.line(MAX_QUERY).check("zoek", query, problems);
        Role parsedRole = Codes.optional(Role.class, role, "rol", "staff.filter.invalid", problems);
        if (parsedRole != null && !StaffAdministration.MUNICIPAL_ROLES.contains(parsedRole)) {
            problems.add(new FieldProblem("rol", "staff.filter.invalid"));
            parsedRole = null;
        }
        Boolean parsedUsable = yesNo(usable, "actief", problems);
        Boolean parsedSecondFactor = yesNo(secondFactor, "tweedeFactor", problems);
        SignedIn parsedSignedIn = Codes.optional(SignedIn.class, signedIn, "aangemeld", "staff.filter.invalid", problems);
        return new StaffSearch(text == null ? "" : text, parsedRole, parsedUsable, parsedSecondFactor, parsedSignedIn,
                problems);
    }

    private static Boolean yesNo(String typed, String field, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return switch (typed.strip()) {
            case "ja" -> Boolean.TRUE;
            case "nee" -> Boolean.FALSE;
            default -> {
                problems.add(new FieldProblem(field, "staff.filter.invalid"));
                yield null;
            }
        };
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
