package nl.sleutelnet.identity;

import java.nio.ByteBuffer;
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
 * The bearer credential of an API client (ADR 0028): {@code <client-id>.<secret>}. The client id
 * (43 characters, base64url) carries the municipality and the client, so that the one look-up per
 * request runs bound to that municipality, under row-level security; the secret is 256 random
 * bits (43 characters), of which only the SHA-256 hash is stored. A slow password hash would add
 * its cost to every API request and protect nothing more: a random secret of 256 bits cannot be
 * guessed from its hash.
 */
final class ApiClientCredentials {

    static final int SECRET_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}\\.[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** A parsed credential: whose it claims to be and the secret presented. */
    record Presented(MunicipalityId municipality, UUID client, String secret) {
    }

    private ApiClientCredentials() {
    }

    static String clientId(MunicipalityId municipality, UUID client) {
        ByteBuffer bytes = ByteBuffer.allocate(32);
        bytes.putLong(municipality.value().getMostSignificantBits()).putLong(municipality.value().getLeastSignificantBits())
                .putLong(client.getMostSignificantBits()).putLong(client.getLeastSignificantBits());
        return ENCODER.encodeToString(bytes.array());
    }

    static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return ENCODER.encodeToString(secret);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of two hashes in hex. */
    static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /** The credential in a bearer token, if it has the form of one. */
    static Optional<Presented> parse(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        byte[] id;
        try {
            id = Base64.getUrlDecoder().decode(token.substring(0, 43));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        ByteBuffer bytes = ByteBuffer.wrap(id);
        UUID municipality = new UUID(bytes.getLong(), bytes.getLong());
        UUID client = new UUID(bytes.getLong(), bytes.getLong());
        return Optional.of(new Presented(new MunicipalityId(municipality), client, token.substring(44)));
    }
}
