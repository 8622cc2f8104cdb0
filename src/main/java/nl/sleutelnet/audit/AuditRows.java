package nl.sleutelnet.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

final class AuditRows {

    private AuditRows() {
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("municipality_id", UUID.class), AuditActor.Kind.valueOf(rs.getString("actor_kind")),
                rs.getObject("actor_id", UUID.class), AuditAction.valueOf(rs.getString("action")),
                rs.getString("record_type"), rs.getObject("record_id", UUID.class),
                AuditOutcome.valueOf(rs.getString("outcome")));
    }
}
