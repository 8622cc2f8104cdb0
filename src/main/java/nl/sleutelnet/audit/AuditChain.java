package nl.sleutelnet.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole trail in order and recomputes every hash. A changed row breaks its own
 * hash; a deleted or inserted row breaks the link of the next row of its chain. Rows up to
 * the split form one chain; after it every municipality has its own, and events without a
 * municipality one more, each starting from its municipality's last row before (ADR 0014).
 */
@Service
public class AuditChain {

    private final JdbcTemplate jdbc;

    AuditChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        Walk walk = new Walk(jdbc.queryForObject("select seq from audit_chain_split", Long.class));
        var state = new Object() {
            long checked;
            long broken = -1;
        };
        jdbc.query(con -> {
            var statement = con.prepareStatement("""
                    select seq, occurred_at, municipality_id, actor_kind, actor_id, action, record_type, record_id,
                           outcome, prev_hash, hash
                    from audit_event order by seq""");
            statement.setFetchSize(1000);
            return statement;
        }, rs -> {
            if (state.broken >= 0) {
                return;
            }
            AuditEntry entry = AuditRows.entry(rs);
            state.checked++;
            if (!walk.links(entry, rs.getString("prev_hash"), rs.getString("hash"))) {
                state.broken = entry.seq();
            }
        });
        return new ChainVerification(state.checked, state.broken < 0 ? null : state.broken);
    }

    /** The rule for one row after another, in the order of {@code seq}. */
    static final class Walk {

        private final long split;
        private String previous = AuditTrail.GENESIS;
        private final Map<UUID, String> lastOfChain = new HashMap<>();

        Walk(long split) {
            this.split = split;
        }

        /** Whether the row links to its predecessor and its hash is its own; remembers it either way. */
        boolean links(AuditEntry entry, String storedPrevious, String storedHash) {
            String expected = entry.seq() <= split ? previous
                    : lastOfChain.getOrDefault(entry.municipalityId(), AuditTrail.GENESIS);
            boolean intact = storedPrevious.equals(expected) && storedHash.equals(AuditHash.of(storedPrevious, entry));
            previous = storedHash;
            lastOfChain.put(entry.municipalityId(), storedHash);
            return intact;
        }
    }
}
