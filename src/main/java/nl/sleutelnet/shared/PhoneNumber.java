package nl.sleutelnet.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number in international form (+31612345678), so that "06-12 34 56 78",
 * "0031 6 12345678" and "+31 (0)6 1234 5678" are found to be the same number.
 */
public record PhoneNumber(String value) {

    // Compiled once (String.matches compiles on every call; an import checks 100,000 numbers).
    private static final Pattern NORMALISED = Pattern.compile("\\+[1-9][0-9]{7,14}");

    public PhoneNumber {
        if (value == null || !NORMALISED.matcher(value).matches()) {
            throw new IllegalArgumentException("not a normalised phone number");
        }
    }

    /** Parses typed input; Dutch numbers without a country code get +31. Empty when it cannot be a number. */
    public static Optional<PhoneNumber> parse(String input) {
        if (input == null || input.isBlank() || input.length() > 40) {
            return Optional.empty();
        }
        String s = input.strip().replace("(0)", "");
        // As [+0-9 ()./-]+ and then [^0-9] removed, in one pass (an import parses every number twice).
        StringBuilder kept = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                kept.append(c);
            } else if ("+ ()./-".indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        boolean plus = s.startsWith("+");
        String digits = kept.toString();
        String international;
        if (plus) {
            international = "+" + digits;
        } else if (digits.startsWith("00")) {
            international = "+" + digits.substring(2);
        } else if (digits.startsWith("0") && digits.length() == 10) {
            international = "+31" + digits.substring(1);
        } else {
            return Optional.empty();
        }
        if (international.startsWith("+31") && international.length() != 12) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PhoneNumber(international));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String input) {
        return input == null || input.isBlank() || parse(input).isPresent();
    }

    /** Dutch numbers as people write them (06 12345678), others as stored. */
    public String display() {
        if (value.startsWith("+316")) {
            return "06 " + value.substring(4);
        }
        if (value.startsWith("+31")) {
            return "0" + value.substring(3);
        }
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
