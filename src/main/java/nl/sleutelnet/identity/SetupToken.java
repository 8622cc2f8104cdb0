package nl.sleutelnet.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/** The secret of a set-up link: 256 random bits, URL-safe; only its SHA-256 is stored. */
record SetupToken(String text) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    static SetupToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new SetupToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Reads a token from a link; anything of another shape is simply no token. */
    static Optional<SetupToken> parse(String text) {
        return text != null && text.length() == 43 && SHAPE.matcher(text).matches()
                ? Optional.of(new SetupToken(text)) : Optional.empty();
    }

    String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "SetupToken[hidden]";
    }
}
