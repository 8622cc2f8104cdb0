package nl.sleutelnet.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and lower-cased so that duplicates are found. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+");

    public EmailAddress {
        if (value == null || value.length() > 254 || !SHAPE.matcher(value).matches()
                || value.chars().anyMatch(Character::isISOControl) || !value.equals(value.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("not a normalised e-mail address");
        }
    }

    /** Parses typed input; empty input is no address, malformed input is empty too (callers report it). */
    public static Optional<EmailAddress> parse(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String normalised = input.strip().toLowerCase(Locale.ROOT);
        try {
            return Optional.of(new EmailAddress(normalised));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String input) {
        return input == null || input.isBlank() || parse(input).isPresent();
    }

    @Override
    public String toString() {
        return value;
    }
}
