package nl.sleutelnet.concern;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Retention on the concern tables of one municipality, set-based: which closed concerns a rule
 * reaches, deleting or clearing them, and the deletion log (metadata only, append-only).
 */
@Repository
class ConcernDeletions {

    private static final String LOG_COLUMNS = "concern_id, reference, kind, outcome, rule, received_on, closed_on";

    private final JdbcClient jdbc;

    ConcernDeletions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The closed concerns {@code rule} reaches: closed at or before {@code cutoff}; for the narrative
     * rule only those not yet cleared and closed after {@code handoverCutoff} (older ones are deleted whole).
     */
    private static String reached(RetentionRule rule) {
        String which = switch (rule) {
            case CLOSED_NO_CONCERN -> "c.kind = 'CONCERN' and c.outcome = 'NO_CONCERN'";
            case CLOSED_ADVICE -> "c.kind = 'ADVICE'";
            case HANDOVER_METADATA -> "c.kind = 'CONCERN' and c.outcome in ('CARE_ROUTE', 'HANDED_OVER')";
            case NARRATIVE -> "c.kind = 'CONCERN' and c.outcome in ('CARE_ROUTE', 'HANDED_OVER')"
                    + " and c.narrative_cleared_at is null and c.closed_at > ?";
        };
        return " c.municipality_id = ? and c.status = 'CLOSED' and c.closed_at <= ? and " + which;
    }

    private static List<Object> params(MunicipalityId municipality, RetentionRule rule, Instant cutoff,
            Instant handoverCutoff) {
        List<Object> params = new ArrayList<>(List.of(municipality.value(), Timestamp.from(cutoff)));
        if (rule == RetentionRule.NARRATIVE) {
            params.add(Timestamp.from(handoverCutoff));
        }
        return params;
    }

    long count(MunicipalityId municipality, RetentionRule rule, Instant cutoff, Instant handoverCutoff) {
        return jdbc.sql("select count(*) from concern c where" + reached(rule))
                .params(params(municipality, rule, cutoff, handoverCutoff)).query(Long.class).single();
    }

    /** The first {@code limit} concerns the rule reaches, oldest closure first. */
    List<RetentionLine> preview(MunicipalityId municipality, RetentionRule rule, Instant cutoff,
            Instant handoverCutoff, ZoneId zone, int limit) {
        List<Object> params = new ArrayList<>(List.of(zone.getId(), zone.getId()));
        params.addAll(params(municipality, rule, cutoff, handoverCutoff));
        params.add(limit);
        return jdbc.sql("select c.id as concern_id, c.reference, c.kind, c.outcome, '" + rule.name() + "' as rule,"
                + " (c.received_at at time zone ?)::date as received_on, (c.closed_at at time zone ?)::date as closed_on"
                + " from concern c where" + reached(rule) + " order by c.closed_at, c.id limit ?")
                .params(params).query((rs, n) -> line(rs)).list();
    }

    /** Deletes what the rule reaches (messages, steps and handover go with it) and logs each; the lines logged. */
    List<RetentionLine> delete(MunicipalityId municipality, RetentionRule rule, Instant cutoff, ZoneId zone,
            Instant at) {
        return log("delete from concern c where" + reached(rule)
                + " returning c.id, c.reference, c.kind, c.outcome, c.received_at, c.closed_at",
                params(municipality, rule, cutoff, null), municipality, rule, zone, at);
    }

    /**
     * Clears the narrative of what the narrative rule reaches — the concern's texts, the handler's and
     * reporter's personal lines and the notes of the steps — and logs each; the lines logged.
     */
    List<RetentionLine> clearNarrative(MunicipalityId municipality, Instant cutoff, Instant handoverCutoff,
            ZoneId zone, Instant at) {
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.from(at));
        params.addAll(params(municipality, RetentionRule.NARRATIVE, cutoff, handoverCutoff));
        params.add(municipality.value());
        params.add(municipality.value());
        return log("""
                update concern c set facts = null, interpretation = null, source_named = null, counter_signs = null,
                    outcome_rationale = null, narrative_cleared_at = ?, version = c.version + 1
                where""" + reached(RetentionRule.NARRATIVE) + """
                 returning c.id, c.reference, c.kind, c.outcome, c.received_at, c.closed_at
                ), messages as (
                    update concern_message set personal_text = null
                    where municipality_id = ? and concern_id in (select id from affected) and personal_text is not null
                ), steps as (
                    update concern_event set note = null
                    where municipality_id = ? and concern_id in (select id from affected) and note is not null""",
                params, municipality, RetentionRule.NARRATIVE, zone, at);
    }

    /** Runs {@code change} as the CTE "affected" and appends a log row for each concern it returns. */
    private List<RetentionLine> log(String change, List<Object> changeParams, MunicipalityId municipality,
            RetentionRule rule, ZoneId zone, Instant at) {
        List<Object> params = new ArrayList<>(changeParams);
        params.add(municipality.value());
        params.add(rule.name());
        params.add(zone.getId());
        params.add(zone.getId());
        params.add(Timestamp.from(at));
        return jdbc.sql("with affected as (" + change + ")"
                + " insert into concern_deletion_log (municipality_id, id, concern_id, reference, kind, outcome, rule,"
                + " received_on, closed_on, deleted_at)"
                + " select ?, gen_random_uuid(), a.id, a.reference, a.kind, a.outcome, ?,"
                + " (a.received_at at time zone ?)::date, (a.closed_at at time zone ?)::date, ? from affected a"
                + " returning " + LOG_COLUMNS)
                .params(params).query((rs, n) -> line(rs)).list();
    }

    Page<DeletionLogEntry> logOf(MunicipalityId municipality, PageRequest page) {
        long total = jdbc.sql("select count(*) from concern_deletion_log where municipality_id = ?")
                .param(municipality.value()).query(Long.class).single();
        List<DeletionLogEntry> rows = jdbc.sql("select " + LOG_COLUMNS + ", deleted_at from concern_deletion_log"
                + " where municipality_id = ? order by deleted_at desc, reference, rule limit ? offset ?")
                .params(municipality.value(), page.size(), page.offset())
                .query((rs, n) -> {
                    RetentionLine l = line(rs);
                    return new DeletionLogEntry(l.reference(), l.kind(), l.outcome(), l.rule(), l.receivedOn(),
                            l.closedOn(), rs.getTimestamp("deleted_at").toInstant());
                })
                .list();
        return new Page<>(rows, page.page(), page.size(), total);
    }

    private static RetentionLine line(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        java.sql.Date closed = rs.getDate("closed_on");
        return new RetentionLine(rs.getString("reference"), ConcernKind.valueOf(rs.getString("kind")),
                outcome == null ? null : Outcome.valueOf(outcome), RetentionRule.valueOf(rs.getString("rule")),
                rs.getDate("received_on").toLocalDate(), closed == null ? null : closed.toLocalDate());
    }
}
