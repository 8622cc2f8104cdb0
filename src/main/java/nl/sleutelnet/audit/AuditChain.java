package nl.sleutelnet.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole trail in order and recomputes every hash. A changed row breaks its own
 * hash; a deleted or inserted row breaks the link of the row after it.
 */
@Service
public class AuditChain {

    private final JdbcTemplate jdbc;

    AuditChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        var state = new Object() {
            String previous = AuditTrail.GENESIS;
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
            String storedPrevious = rs.getString("prev_hash");
            String storedHash = rs.getString("hash");
            state.checked++;
            if (!storedPrevious.equals(state.previous) || !storedHash.equals(AuditHash.of(storedPrevious, entry))) {
                state.broken = entry.seq();
            }
            state.previous = storedHash;
        });
        return new ChainVerification(state.checked, state.broken < 0 ? null : state.broken);
    }
}
