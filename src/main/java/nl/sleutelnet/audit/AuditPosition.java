package nl.sleutelnet.audit;

/** Where a stretch of the trail starts: the newest entries, those older than one, or those newer than one. */
public record AuditPosition(Long before, Long after) {

    public AuditPosition {
        if (before != null && after != null) {
            throw new IllegalArgumentException("a stretch is older or newer than an entry, not both");
        }
    }

    public static AuditPosition newest() {
        return new AuditPosition(null, null);
    }

    public static AuditPosition olderThan(long seq) {
        return new AuditPosition(seq, null);
    }

    public static AuditPosition newerThan(long seq) {
        return new AuditPosition(null, seq);
    }
}
