package nl.sleutelnet.concern;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.privacy.FieldEncryption;
import nl.sleutelnet.tenancy.MunicipalityId;

/** Messages between handler and reporter, and the handling steps; personal texts and notes encrypted. */
@Repository
class ConcernMessages {

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    ConcernMessages(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    void insert(MunicipalityId municipality, ConcernId concern, ConcernMessage m) {
        jdbc.sql("""
                insert into concern_message (municipality_id, id, concern_id, kind, shown_status, standard_text,
                    personal_text, from_reporter, created_by, created_at, due_on, on_time)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(municipality.value(), m.id(), concern.value(), m.kind().name(), m.shownStatus().name(),
                        m.standardText(), seal(m.personalText()), m.fromReporter(), m.createdBy(),
                        Timestamp.from(m.createdAt()), m.dueOn(), m.onTime())
                .update();
    }

    List<ConcernMessage> of(MunicipalityId municipality, ConcernId concern) {
        return jdbc.sql("""
                select id, kind, shown_status, standard_text, personal_text, from_reporter, created_by, created_at,
                    due_on, on_time, read_at
                from concern_message where municipality_id = ? and concern_id = ? order by created_at, id""")
                .params(municipality.value(), concern.value())
                .query((rs, n) -> message(rs))
                .list();
    }

    /** Per concern of the reporter, how many messages meant for them they have not read yet. */
    Map<UUID, Long> unreadOf(MunicipalityId municipality, KeyFigureId reporter) {
        return jdbc.sql("""
                select m.concern_id, count(*) from concern_message m
                join concern c on c.municipality_id = m.municipality_id and c.id = m.concern_id
                where c.municipality_id = ? and c.key_figure_id = ? and m.read_at is null and not m.from_reporter
                group by m.concern_id""")
                .params(municipality.value(), reporter.value())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The reporter opened the concern: every message meant for them counts as read. */
    void markRead(MunicipalityId municipality, ConcernId concern, Instant at) {
        jdbc.sql("""
                update concern_message set read_at = ? where municipality_id = ? and concern_id = ?
                    and read_at is null and not from_reporter""")
                .params(Timestamp.from(at), municipality.value(), concern.value())
                .update();
    }

    List<ConcernEvent> events(MunicipalityId municipality, ConcernId concern) {
        return jdbc.sql("""
                select id, action, from_status, to_status, actor_id, occurred_at, note from concern_event
                where municipality_id = ? and concern_id = ? order by occurred_at, id""")
                .params(municipality.value(), concern.value())
                .query((rs, n) -> new ConcernEvent(rs.getObject("id", UUID.class), rs.getString("action"),
                        rs.getString("from_status") == null ? null : ConcernStatus.valueOf(rs.getString("from_status")),
                        ConcernStatus.valueOf(rs.getString("to_status")), rs.getObject("actor_id", UUID.class),
                        rs.getTimestamp("occurred_at").toInstant(), open(rs.getString("note"))))
                .list();
    }

    private String seal(String text) {
        return text == null ? null : encryption.encrypt(text);
    }

    private String open(String stored) {
        return stored == null ? null : encryption.decrypt(stored);
    }

    private ConcernMessage message(ResultSet rs) throws SQLException {
        Date due = rs.getDate("due_on");
        Timestamp read = rs.getTimestamp("read_at");
        Object onTime = rs.getObject("on_time");
        return new ConcernMessage(rs.getObject("id", UUID.class), MessageKind.valueOf(rs.getString("kind")),
                ConcernStatus.valueOf(rs.getString("shown_status")), rs.getString("standard_text"),
                open(rs.getString("personal_text")), rs.getBoolean("from_reporter"),
                rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
                due == null ? null : due.toLocalDate(), onTime == null ? null : (Boolean) onTime,
                read == null ? null : read.toInstant());
    }
}
