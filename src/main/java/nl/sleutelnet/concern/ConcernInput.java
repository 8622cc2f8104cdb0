package nl.sleutelnet.concern;

import java.util.List;

import nl.sleutelnet.shared.Codes;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.TextRule;

/**
 * The concern's limits and message texts on the shared input kit ({@link TextRule}, {@link Codes}):
 * the same characters are refused as everywhere, lengths are counted the same way; only the
 * messages stay the concern's own, which name the limit in their text.
 */
public final class ConcernInput {

    /** The longest narrative text: facts, interpretation, rationale, the reporter's answer. */
    public static final int MAX_NARRATIVE = 4000;
    /** The longest short text: a question, a note, a reason, a personal line for the reporter. */
    public static final int MAX_SHORT = 1000;
    public static final int MAX_SOURCE = 200;

    private ConcernInput() {
    }

    /** A code of {@code type}; blank or unknown adds the problem {@code key} for {@code field}. */
    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String key,
            List<FieldProblem> problems) {
        return Codes.required(type, value, field, key, problems);
    }

    /** A text that must be there, at most {@code max} characters, line breaks allowed. */
    static String required(String field, String value, int max, String requiredKey, List<FieldProblem> problems) {
        return rule(max).required().requiredKey(requiredKey).check(field, value, problems);
    }

    /** A text that may be left empty (null then), at most {@code max} characters, line breaks allowed. */
    static String optional(String field, String value, int max, List<FieldProblem> problems) {
        return rule(max).check(field, value, problems);
    }

    private static TextRule rule(int max) {
        return TextRule.lines(max).tooLongKey("concern.error.tooLong." + max)
                .invalidKey("concern.error.invalidCharacters");
    }
}
