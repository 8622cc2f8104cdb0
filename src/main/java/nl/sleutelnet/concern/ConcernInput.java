package nl.sleutelnet.concern;

import java.util.List;

import nl.sleutelnet.shared.FieldProblem;

/** Checks of typed input for concerns: codes from a list, and texts without control characters. */
final class ConcernInput {

    static final int MAX_NARRATIVE = 4000;
    static final int MAX_SHORT = 1000;
    static final int MAX_SOURCE = 200;

    private ConcernInput() {
    }

    /** A code of {@code type}; blank or unknown adds the problem {@code key} for {@code field}. */
    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String key,
            List<FieldProblem> problems) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, key));
            return null;
        }
    }

    /** A text that must be there, at most {@code max} characters, line breaks allowed. */
    static String required(String field, String value, int max, String requiredKey, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, requiredKey));
            return null;
        }
        return optional(field, value, max, problems);
    }

    /** A text that may be left empty (null then), at most {@code max} characters, line breaks allowed. */
    static String optional(String field, String value, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.replace("\r\n", "\n").strip();
        if (clean.length() > max) {
            problems.add(new FieldProblem(field, "concern.error.tooLong." + max));
            return null;
        }
        if (clean.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' || c == 0xFFFE
                || c == 0xFFFF)) {
            problems.add(new FieldProblem(field, "concern.error.invalidCharacters"));
            return null;
        }
        return clean;
    }
}
