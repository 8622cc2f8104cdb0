package nl.sleutelnet.audit;

import java.util.List;

/** Entries of the trail, newest first, and whether there are newer and older ones beyond them. */
public record AuditSlice(List<AuditEntry> entries, boolean hasNewer, boolean hasOlder) {

    public AuditSlice {
        entries = List.copyOf(entries);
    }

    /** The sequence number of the newest entry shown. */
    public long newestSeq() {
        return entries.get(0).seq();
    }

    /** The sequence number of the oldest entry shown. */
    public long oldestSeq() {
        return entries.get(entries.size() - 1).seq();
    }
}
