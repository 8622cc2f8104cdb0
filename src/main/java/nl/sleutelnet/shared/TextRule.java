package nl.sleutelnet.shared;

import java.util.List;

/**
 * The one check for typed text (ADR 0016): required or optional, one line or several, a
 * limit counted in characters (Unicode code points, as PostgreSQL counts them) and one
 * definition of the characters text may hold.
 *
 * <p>Before checking, {@code \r\n} and a lone {@code \r} become {@code \n} and the text is
 * stripped; what {@link #check} returns is that text and nothing else changed. Refused in
 * every text: control characters (a line break and a tab only in text of several lines),
 * format characters (bidirectional overrides and isolates, zero-width characters, the byte
 * order mark and the like, which spoof a name or reorder a text), the line and paragraph
 * separators, unpaired surrogates and noncharacters (U+FFFE, U+FFFF and friends). A name
 * also refuses the markup characters no name holds ({@link #NAME_MARKUP}).
 *
 * <pre>{@code
 * String title = TextRule.line(MAX_TITLE).required().check("titel", value, problems);
 * }</pre>
 */
public record TextRule(int maxLength, boolean mandatory, boolean multiLine, boolean forName, String requiredKey,
        String tooLongKey, String invalidKey) {

    public static final String REQUIRED = "input.required";
    public static final String TOO_LONG = "input.tooLong";
    public static final String INVALID_CHARACTERS = "input.invalidCharacters";

    /** Characters no name of a person, organisation or area holds: markup and code. */
    public static final String NAME_MARKUP = "<>{}[]=@#$%^*|\\`";

    public TextRule {
        if (maxLength < 1) {
            throw new IllegalArgumentException("a limit of at least one character");
        }
    }

    /** Optional text on one line, at most {@code maxLength} characters, with the shared message keys. */
    public static TextRule line(int maxLength) {
        return new TextRule(maxLength, false, false, false, REQUIRED, TOO_LONG, INVALID_CHARACTERS);
    }

    /** Optional text that may hold line breaks and tabs, at most {@code maxLength} characters. */
    public static TextRule lines(int maxLength) {
        return new TextRule(maxLength, false, true, false, REQUIRED, TOO_LONG, INVALID_CHARACTERS);
    }

    /** The same rule for a name: one line, and no markup characters either. */
    public static TextRule name(int maxLength) {
        return new TextRule(maxLength, false, false, true, REQUIRED, TOO_LONG, INVALID_CHARACTERS);
    }

    public TextRule required() {
        return new TextRule(maxLength, true, multiLine, forName, requiredKey, tooLongKey, invalidKey);
    }

    /** A module's own message for an empty field (where its text says which field). */
    public TextRule requiredKey(String key) {
        return new TextRule(maxLength, mandatory, multiLine, forName, key, tooLongKey, invalidKey);
    }

    /** A module's own message for too long a text; it gets no argument, so its text names the limit itself. */
    public TextRule tooLongKey(String key) {
        return new TextRule(maxLength, mandatory, multiLine, forName, requiredKey, key, invalidKey);
    }

    /** A module's own message for refused characters. */
    public TextRule invalidKey(String key) {
        return new TextRule(maxLength, mandatory, multiLine, forName, requiredKey, tooLongKey, key);
    }

    /** The three keys {@code prefix.required}, {@code prefix.tooLong} and {@code prefix + invalidSuffix}. */
    public TextRule keys(String prefix, String invalidSuffix) {
        return new TextRule(maxLength, mandatory, multiLine, forName, prefix + ".required", prefix + ".tooLong",
                prefix + invalidSuffix);
    }

    /**
     * Checks {@code value} for {@code field}: adds at most one problem (empty, too long, or
     * refused characters, in that order) and returns the text to keep: {@link #clean cleaned},
     * or null when it is empty or refused.
     */
    public String check(String field, String value, List<FieldProblem> problems) {
        FieldProblem problem = problem(field, value);
        if (problem != null) {
            problems.add(problem);
            return null;
        }
        return clean(value);
    }

    /** The problem with {@code value}, or null when it is acceptable (an empty optional value is). */
    public FieldProblem problem(String field, String value) {
        String text = clean(value);
        if (text == null) {
            return mandatory ? new FieldProblem(field, requiredKey) : null;
        }
        if (length(text) > maxLength) {
            return TOO_LONG.equals(tooLongKey) ? new FieldProblem(field, tooLongKey, List.of(maxLength))
                    : new FieldProblem(field, tooLongKey);
        }
        String typed = value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
        if (!allowed(typed, multiLine, forName)) {
            return new FieldProblem(field, invalidKey);
        }
        return null;
    }

    /** Whether {@code value} passes: shorthand for {@code problem(field, value) == null}. */
    public boolean accepts(String value) {
        return problem("", value) == null;
    }

    /** Line breaks as one {@code \n} (a browser sends {@code \r\n}), stripped; null when nothing is left. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    /** The length as the limit counts it: Unicode code points (an emoji is one character, as the database sees it). */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Whether every character may stand in text: of several lines, or of one line, or in a name. */
    public static boolean allowed(String text, boolean multiLine, boolean name) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!allowed(c, multiLine) || (name && c < 0x80 && NAME_MARKUP.indexOf(c) >= 0)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** The text without the characters no line may hold; for records stored before this rule. */
    public static String withoutRefused(String text) {
        if (text == null || allowed(text, false, false)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> allowed(c, false) || c == '\n' || c == '\t').forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(int c, boolean multiLine) {
        if (c >= 0x20 && c < 0x7F) {
            return true;
        }
        if (c == '\n' || c == '\t') {
            return multiLine;
        }
        if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
