package nl.sleutelnet.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Dutch personal name in its parts. Sorted on the family name without the
 * tussenvoegsel ("Berg, Samira van den"), as Dutch registers do.
 */
public record PersonName(String givenName, String prefix, String familyName) {

    public static final int MAX_PART = 100;
    public static final int MAX_PREFIX = 30;

    // Compiled once: String.replaceAll and split compile their pattern on every call, and an
    // import of 100,000 rows folds and cleans names several times per row.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    public PersonName {
        givenName = clean(givenName);
        prefix = clean(prefix);
        familyName = clean(familyName);
        if (givenName == null || familyName == null) {
            throw new IllegalArgumentException("given and family name are required");
        }
        if (TextRule.length(givenName) > MAX_PART || TextRule.length(familyName) > MAX_PART
                || (prefix != null && TextRule.length(prefix) > MAX_PREFIX)) {
            throw new IllegalArgumentException("name part too long");
        }
        if (hasControl(givenName) || hasControl(familyName) || (prefix != null && hasControl(prefix))) {
            throw new IllegalArgumentException("name with control characters");
        }
        if (prefix != null) {
            prefix = prefix.toLowerCase(Locale.forLanguageTag("nl"));
        }
    }

    /**
     * A name as stored before the text rule refused invisible characters (ADR 0016): those
     * characters are left out, so an old record still reads and shows what a reader sees.
     */
    public static PersonName stored(String givenName, String prefix, String familyName) {
        return new PersonName(TextRule.withoutRefused(givenName), TextRule.withoutRefused(prefix),
                TextRule.withoutRefused(familyName));
    }

    /** "Samira van den Berg". */
    public String display() {
        return givenName + (prefix == null ? "" : " " + prefix) + " " + familyName;
    }

    /** "Berg, Samira van den": how a Dutch list shows and sorts names. */
    public String sortForm() {
        return familyName + ", " + givenName + (prefix == null ? "" : " " + prefix);
    }

    /**
     * The form used to find duplicates: lower case, accents removed, tussenvoegsel and
     * punctuation ignored, so "Van den Berg, Samira" and "samira v.d. berg" meet.
     */
    public String matchKey() {
        return fold(givenName) + "|" + fold(familyName);
    }

    /** Splits a family name typed with its tussenvoegsel in front ("van den Berg") into its parts. */
    public static PersonName of(String givenName, String familyNameWithPrefix) {
        String family = clean(familyNameWithPrefix);
        if (family == null) {
            return new PersonName(givenName, null, null);
        }
        String[] words = WHITESPACE.split(family);
        int i = 0;
        while (i < words.length - 1 && PREFIX_WORDS.contains(words[i].toLowerCase(Locale.forLanguageTag("nl")))) {
            i++;
        }
        String prefix = i == 0 ? null : String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
        return new PersonName(givenName, prefix, String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
    }

    private static final java.util.Set<String> PREFIX_WORDS = java.util.Set.of("van", "de", "den", "der", "het", "ten",
            "ter", "te", "in", "op", "'t", "v.d.", "vd", "la", "le", "da", "di", "du", "von", "zu");

    public static String fold(String s) {
        String ascii = foldAscii(s);
        if (ascii != null) {
            return ascii;
        }
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(n.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** The same fold for plain ASCII text (most names), without normalising; null when there is other text. */
    private static String foldAscii(String s) {
        StringBuilder folded = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                folded.append((char) (c + ('a' - 'A')));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                folded.append(c);
            }
        }
        return folded.toString();
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String stripped = s.strip();
        if (hasWhitespaceToCollapse(stripped)) {
            stripped = WHITESPACE.matcher(stripped).replaceAll(" ");
        }
        return stripped.isEmpty() ? null : stripped;
    }

    /** Whether \\s+ would change anything: a run of two, or a tab, line break or the like. */
    private static boolean hasWhitespaceToCollapse(String s) {
        boolean previousSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (previousSpace) {
                    return true;
                }
                previousSpace = true;
            } else if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return true;
            } else {
                previousSpace = false;
            }
        }
        return false;
    }

    /** The value's own guard; what a name may hold is checked before, by {@link TextRule} (ADR 0016). */
    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
