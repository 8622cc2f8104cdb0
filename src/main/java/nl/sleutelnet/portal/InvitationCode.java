package nl.sleutelnet.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The code in an invitation link: the municipality's id and 256 random bits. The
 * municipality part is no secret (the mail names the municipality); it lets the public
 * acceptance page look the invitation up under that municipality's row-level security,
 * so no table has to be readable across tenants. Only the SHA-256 of the secret is stored.
 */
record InvitationCode(MunicipalityId municipality, String secret) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile(
            "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.([A-Za-z0-9_-]{43})");

    static InvitationCode generate(MunicipalityId municipality) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new InvitationCode(municipality, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Reads a code from a link; anything malformed is simply no code. */
    static Optional<InvitationCode> parse(String text) {
        if (text == null || text.length() > 100) {
            return Optional.empty();
        }
        var matcher = SHAPE.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new InvitationCode(new MunicipalityId(UUID.fromString(matcher.group(1))), matcher.group(2)));
    }

    String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String text() {
        return municipality.value() + "." + secret;
    }

    @Override
    public String toString() {
        return "InvitationCode[" + municipality + "]";
    }
}
