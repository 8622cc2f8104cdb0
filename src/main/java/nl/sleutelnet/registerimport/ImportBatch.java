package nl.sleutelnet.registerimport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One uploaded file on its way into the register, or (when committed) what came of it: the
 * counts only. Headings and mapping are kept only while it is staged.
 */
public record ImportBatch(UUID id, UUID account, Status status, FileKind kind, List<String> headers,
        List<ImportField> mapping, int rowCount, Counts counts, Instant createdAt, Instant expiresAt,
        Instant committedAt) {

    /** Staged: parsed and waiting; committed: written to the register. */
    public enum Status { STAGED, COMMITTED }

    /** What a commit did. */
    public record Counts(int created, int merged, int invalid, int skippedDuplicates) {
    }

    public boolean staged() {
        return status == Status.STAGED;
    }

    public boolean mapped() {
        return mapping != null && !mapping.isEmpty();
    }
}
