package nl.sleutelnet.network;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.tenancy.MunicipalityId;

/** What happened to key figures in the register, as codes (no free text). */
@Repository
class KeyFigureEvents {

    /** Kinds of register events. */
    enum Kind { CREATED, UPDATED, STATUS_CHANGED, SHARED, UNSHARED }

    /** One event as stored. */
    record Event(Instant at, Kind kind, KeyFigureStatus from, KeyFigureStatus to, EndReason endReason, UUID actor,
            UUID subject) {
    }

    private final JdbcClient jdbc;

    KeyFigureEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(MunicipalityId municipality, KeyFigureId keyFigure, Kind kind, KeyFigureStatus from, KeyFigureStatus to,
            EndReason endReason, UUID actor, UUID subject) {
        jdbc.sql("""
                insert into key_figure_event (municipality_id, id, key_figure_id, occurred_at, kind, from_status,
                    to_status, end_reason, actor_id, subject_id)
                values (?, ?, ?, clock_timestamp(), ?, ?, ?, ?, ?, ?)""")
                .params(municipality.value(), UUID.randomUUID(), keyFigure.value(), kind.name(), name(from), name(to),
                        name(endReason), actor, subject)
                .update();
    }

    void record(MunicipalityId municipality, KeyFigureId keyFigure, Kind kind, UUID actor, UUID subject) {
        record(municipality, keyFigure, kind, null, null, null, actor, subject);
    }

    List<Event> of(MunicipalityId municipality, KeyFigureId keyFigure, int limit) {
        return jdbc.sql("""
                select occurred_at, kind, from_status, to_status, end_reason, actor_id, subject_id
                from key_figure_event where municipality_id = ? and key_figure_id = ?
                order by occurred_at desc, id limit ?""")
                .params(municipality.value(), keyFigure.value(), limit)
                .query((rs, n) -> new Event(rs.getTimestamp(1).toInstant(), Kind.valueOf(rs.getString(2)),
                        status(rs.getString(3)), status(rs.getString(4)),
                        rs.getString(5) == null ? null : EndReason.valueOf(rs.getString(5)),
                        rs.getObject(6, UUID.class), rs.getObject(7, UUID.class)))
                .list();
    }

    private static KeyFigureStatus status(String code) {
        return code == null ? null : KeyFigureStatus.valueOf(code);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
