package nl.sleutelnet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The verification rule across the split of ADR 0014: up to the split one chain for all rows,
 * after it one chain per municipality (and one without), each continuing from its own last row.
 */
class WalkingTheChainsTests {

    private static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");

    /** A row as stored: the entry with the hash it links to and its own. */
    private record Row(AuditEntry entry, String previous, String hash) {
    }

    @Test
    void one_chain_up_to_the_split_then_one_per_municipality_each_continuing_from_its_own_last_row() {
        List<Row> rows = new ArrayList<>();
        String global = AuditTrail.GENESIS;
        for (UUID municipality : new UUID[] { A, B, A }) {
            Row row = row(rows.size() + 1, municipality, global);
            rows.add(row);
            global = row.hash();
        }
        long split = rows.size();
        rows.add(row(4, B, rows.get(1).hash()));
        rows.add(row(5, null, AuditTrail.GENESIS));
        rows.add(row(6, A, rows.get(2).hash()));
        rows.add(row(7, B, rows.get(3).hash()));
        rows.add(row(8, null, rows.get(4).hash()));

        assertThat(firstBroken(rows, split)).isEmpty();
    }

    @Test
    void a_row_that_links_to_another_municipality_s_row_after_the_split_is_broken() {
        List<Row> rows = new ArrayList<>();
        rows.add(row(1, A, AuditTrail.GENESIS));
        rows.add(row(2, B, AuditTrail.GENESIS));
        rows.add(row(3, A, rows.get(1).hash()));

        assertThat(firstBroken(rows, 0)).hasValue(3L);
        assertThat(firstBroken(rows, 3)).as("before the split the same rows form one chain only if linked so")
                .hasValue(2L);
    }

    @Test
    void a_deleted_row_breaks_the_next_row_of_its_own_chain_only() {
        List<Row> rows = new ArrayList<>();
        rows.add(row(1, A, AuditTrail.GENESIS));
        rows.add(row(2, B, AuditTrail.GENESIS));
        rows.add(row(3, A, rows.get(0).hash()));
        rows.add(row(4, B, rows.get(1).hash()));
        rows.add(row(5, A, rows.get(2).hash()));

        List<Row> withoutRow3 = new ArrayList<>(rows);
        withoutRow3.remove(2);
        assertThat(firstBroken(withoutRow3, 0)).hasValue(5L);

        List<Row> changed = new ArrayList<>(rows);
        Row original = rows.get(3);
        AuditEntry e = original.entry();
        changed.set(3, new Row(new AuditEntry(e.seq(), e.occurredAt(), e.municipalityId(), e.actorKind(), e.actorId(),
                AuditAction.EXPORT, e.recordType(), e.recordId(), e.outcome()), original.previous(), original.hash()));
        assertThat(firstBroken(changed, 0)).hasValue(4L);
    }

    private static Row row(long seq, UUID municipality, String previous) {
        AuditEntry entry = new AuditEntry(seq, Instant.parse("2026-11-28T10:00:00Z").plusSeconds(seq), municipality,
                AuditActor.Kind.STAFF, UUID.randomUUID(), AuditAction.READ, "key_figure", UUID.randomUUID(),
                AuditOutcome.SUCCESS);
        return new Row(entry, previous, AuditHash.of(previous, entry));
    }

    private static java.util.OptionalLong firstBroken(List<Row> rows, long split) {
        AuditChain.Walk walk = new AuditChain.Walk(split);
        for (Row row : rows) {
            if (!walk.links(row.entry(), row.previous(), row.hash())) {
                return java.util.OptionalLong.of(row.entry().seq());
            }
        }
        return java.util.OptionalLong.empty();
    }
}
