package nl.sleutelnet.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** SHA-256 over the previous hash and every field of the row, in a fixed order. */
final class AuditHash {

    private AuditHash() {
    }

    static String of(String previousHash, AuditEntry e) {
        return of(previousHash, e.seq(), tail(e));
    }

    /** What follows the previous hash and the sequence number; the database appends with it (V22). */
    static String tail(AuditEntry e) {
        return String.join("|", Long.toString(e.occurredAt().getEpochSecond()),
                Integer.toString(e.occurredAt().getNano() / 1000),
                Objects.toString(e.municipalityId(), ""), e.actorKind().name(), Objects.toString(e.actorId(), ""),
                e.action().name(), Objects.toString(e.recordType(), ""), Objects.toString(e.recordId(), ""),
                e.outcome().name());
    }

    private static String of(String previousHash, long seq, String tail) {
        String canonical = previousHash + "|" + seq + "|" + tail;
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException(e1);
        }
    }
}
