package nl.sleutelnet.organisation;

import java.util.List;
import java.util.regex.Pattern;

import nl.sleutelnet.shared.FieldProblem;

/** Checks of typed text shared by the forms of this package: trimmed, bounded, no control or markup characters. */
final class Inputs {

    private static final Pattern UNWANTED = Pattern.compile("[\\p{Cc}\\p{Cf}<>{}\\[\\]\\\\|`^]");

    private Inputs() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip().replaceAll("\\s+", " ");
        return stripped.isEmpty() ? null : stripped;
    }

    /** Adds a problem "{prefix}.required / .tooLong / .invalid" for {@code field} when the text is not acceptable. */
    static void text(String field, String keyPrefix, String value, int max, boolean required, List<FieldProblem> problems) {
        String cleaned = clean(value);
        if (cleaned == null) {
            if (required) {
                problems.add(new FieldProblem(field, keyPrefix + ".required"));
            }
        } else if (cleaned.length() > max) {
            problems.add(new FieldProblem(field, keyPrefix + ".tooLong"));
        } else if (UNWANTED.matcher(value).find()) {
            problems.add(new FieldProblem(field, keyPrefix + ".invalid"));
        }
    }

    static boolean hasControl(String value) {
        return value != null && value.chars().anyMatch(Character::isISOControl);
    }
}
