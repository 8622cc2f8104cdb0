package nl.sleutelnet.registerimport;

import java.lang.ref.SoftReference;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import nl.sleutelnet.network.Area;
import nl.sleutelnet.network.NetworkKind;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The rows of the batch whose report was made last, as read under its mapping, so that the
 * commit a moment later need not read and interpret every staged row again (at 100,000 rows
 * that was a tenth of the import). What is kept depends only on what the key holds: the staged
 * cells (never changed after the upload), the mapping and the municipality's areas and network
 * kinds as they were; any difference is a miss and the rows are read again. Duplicates are not
 * kept: the commit always compares with the register as it is then. See ADR 0012.
 *
 * <p>One batch at a time, softly referenced (the garbage collector may drop it under memory
 * pressure) and only until the batch's staging time ends; a commit or cancel removes it. Another
 * instance of the application simply has no entry and reads the rows again.
 */
@Component
class ReadRows {

    /** What the reading of the rows depends on. */
    record Key(MunicipalityId municipality, UUID batch, List<ImportField> mapping, List<Area> areas,
            List<NetworkKind> kinds) {
    }

    private record Entry(Key key, Instant expiresAt, SoftReference<List<Candidate>> candidates) {
    }

    private final AtomicReference<Entry> last = new AtomicReference<>();

    void keep(Key key, Instant expiresAt, List<Candidate> candidates) {
        last.set(new Entry(key, expiresAt, new SoftReference<>(List.copyOf(candidates))));
    }

    /** The rows read under exactly this key, if still kept; they are kept no longer. */
    Optional<List<Candidate>> take(Key key, Instant now) {
        Entry entry = last.get();
        if (entry == null || !entry.key().batch().equals(key.batch())) {
            return Optional.empty();
        }
        last.compareAndSet(entry, null);
        if (!entry.key().equals(key) || entry.expiresAt().isBefore(now)) {
            return Optional.empty();
        }
        return Optional.ofNullable(entry.candidates().get());
    }

    /** Forgets the batch (cancelled or committed). */
    void forget(UUID batch) {
        Entry entry = last.get();
        if (entry != null && entry.key().batch().equals(batch)) {
            last.compareAndSet(entry, null);
        }
    }
}
