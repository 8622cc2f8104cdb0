package nl.sleutelnet.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Password rules: 12 to 128 characters, not only spaces (or other white space), not in the
 * shipped list of common passwords (identity/common-passwords.txt), not containing the user
 * name; on a change, not the current password.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Message keys for what is wrong with a proposed password. */
    public enum Violation {
        TOO_SHORT("password.tooShort"),
        TOO_LONG("password.tooLong"),
        COMMON("password.common"),
        CONTAINS_USERNAME("password.containsUsername"),
        ONLY_WHITESPACE("password.onlyWhitespace"),
        SAME_AS_CURRENT("password.sameAsCurrent");

        private final String messageKey;

        Violation(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    public List<Violation> check(String password, String username) {
        List<Violation> violations = new ArrayList<>();
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            violations.add(Violation.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            violations.add(Violation.TOO_LONG);
        }
        if (length > 0 && password.codePoints().allMatch(PasswordPolicy::isWhitespace)) {
            violations.add(Violation.ONLY_WHITESPACE);
        }
        if (password != null && common.contains(password.toLowerCase(Locale.ROOT))) {
            violations.add(Violation.COMMON);
        }
        if (password != null && username != null && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            violations.add(Violation.CONTAINS_USERNAME);
        }
        return violations;
    }

    /** The rules for a new password that replaces {@code current}: also, not the same one again. */
    public List<Violation> checkChange(String password, String username, String current) {
        List<Violation> violations = check(password, username);
        if (password != null && password.equals(current)) {
            violations.add(Violation.SAME_AS_CURRENT);
        }
        return violations;
    }

    /** Also the no-break spaces, which {@link Character#isWhitespace} leaves out. */
    private static boolean isWhitespace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(64_000);
        var resource = new ClassPathResource("identity/common-passwords.txt");
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("common password list missing", e);
        }
        return words;
    }
}
