package nl.sleutelnet.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A Dutch personal name in its parts. Sorted on the family name without the
 * tussenvoegsel ("Berg, Samira van den"), as Dutch registers do.
 */
public record PersonName(String givenName, String prefix, String familyName) {

    public static final int MAX_PART = 100;
    public static final int MAX_PREFIX = 30;

    public PersonName {
        givenName = clean(givenName);
        prefix = clean(prefix);
        familyName = clean(familyName);
        if (givenName == null || familyName == null) {
            throw new IllegalArgumentException("given and family name are required");
        }
        if (givenName.length() > MAX_PART || familyName.length() > MAX_PART
                || (prefix != null && prefix.length() > MAX_PREFIX)) {
            throw new IllegalArgumentException("name part too long");
        }
        if (hasControl(givenName) || hasControl(familyName) || (prefix != null && hasControl(prefix))) {
            throw new IllegalArgumentException("name with control characters");
        }
        if (prefix != null) {
            prefix = prefix.toLowerCase(Locale.forLanguageTag("nl"));
        }
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
        String[] words = family.split("\\s+");
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
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String stripped = s.strip().replaceAll("\\s+", " ");
        return stripped.isEmpty() ? null : stripped;
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(Character::isISOControl);
    }
}
