package nl.sleutelnet.concern;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.privacy.FieldEncryption;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.MunicipalityId;

/** Concerns of one municipality with their handover metadata; narrative is encrypted on the way in and out. */
@Repository
class Concerns {

    private static final String SUMMARY = """
            c.id, c.reference, c.kind, c.status, c.received_at, c.feedback_due_on, c.handler_id, c.outcome_by,
            c.reopened_count""";
    private static final String COLUMNS = SUMMARY + """
            , c.key_figure_id, c.raised_via, c.feedback_channel, c.subject_age_band, c.subject_area_code, c.facts,
            c.interpretation, c.source_kind, c.source_named, c.counter_signs, c.outcome, c.outcome_rationale,
            c.approved_by, c.acknowledge_due_on, c.acknowledged_at, c.first_status_at, c.closed_at,
            c.narrative_cleared_at, c.satisfaction, c.satisfaction_at, c.version,
            h.receiver, h.legal_basis, h.handed_over_on, h.external_reference""";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    Concerns(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    /** The next readable reference, e.g. ZM-2026-0042; numbers run on per municipality and are never reused. */
    String nextReference(MunicipalityId municipality, int year) {
        int number = jdbc.sql("""
                insert into concern_counter (municipality_id, last_number) values (?, 1)
                on conflict (municipality_id) do update set last_number = concern_counter.last_number + 1
                returning last_number""")
                .param(municipality.value()).query(Integer.class).single();
        return "ZM-%04d-%04d".formatted(year, number);
    }

    /** Stores a concern just received, with what it recorded (the "raised" step). */
    void insert(MunicipalityId municipality, Concern c) {
        jdbc.sql("""
                insert into concern (municipality_id, id, reference, kind, status, key_figure_id, raised_via,
                    feedback_channel, subject_age_band, subject_area_code, facts, interpretation, source_kind,
                    source_named, counter_signs, received_at, acknowledge_due_on, feedback_due_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(municipality.value(), c.id().value(), c.reference(), c.kind().name(), c.status().name(),
                        c.keyFigure().value(), c.raisedByHandler() ? "HANDLER" : "PORTAL", c.feedbackChannel().name(),
                        name(c.ageBand()), c.areaCode(), seal(c.facts()), seal(c.interpretation()),
                        name(c.sourceKind()), seal(c.sourceNamed()), seal(c.counterSigns()),
                        Timestamp.from(c.receivedAt()), c.acknowledgeDueOn(), c.feedbackDueOn())
                .update();
        recorded(municipality, c);
    }

    Optional<Concern> find(MunicipalityId municipality, ConcernId id) {
        return jdbc.sql("select " + COLUMNS + " from concern c left join concern_handover h"
                + " on h.municipality_id = c.municipality_id and h.concern_id = c.id"
                + " where c.municipality_id = ? and c.id = ?")
                .params(municipality.value(), id.value())
                .query((rs, n) -> concern(rs))
                .optional();
    }

    /**
     * Saves what the intent methods changed, if nobody changed the concern since the handler read it
     * ({@code seenVersion}, and the status as read); false otherwise, and then nothing is written.
     * The steps it recorded go into the history; a changed handover replaces the stored one.
     */
    boolean save(MunicipalityId municipality, Concern c, int seenVersion) {
        int updated = jdbc.sql("""
                update concern set status = ?, handler_id = ?, outcome = ?, outcome_rationale = ?, outcome_by = ?,
                    approved_by = ?, acknowledged_at = ?, first_status_at = ?, feedback_due_on = ?, closed_at = ?,
                    satisfaction = ?, satisfaction_at = ?, reopened_count = ?, version = version + 1
                where municipality_id = ? and id = ? and version = ? and status = ?""")
                .params(c.status().name(), c.handler(), name(c.outcome()), seal(c.outcomeRationale()), c.outcomeBy(),
                        c.approvedBy(), timestamp(c.acknowledgedAt()), timestamp(c.firstStatusAt()),
                        c.feedbackDueOn(), timestamp(c.closedAt()), name(c.satisfaction()),
                        timestamp(c.satisfactionAt()), c.reopenedCount(), municipality.value(), c.id().value(),
                        seenVersion, c.statusAsRead().name())
                .update();
        if (updated != 1) {
            return false;
        }
        if (c.handoverChanged()) {
            jdbc.sql("delete from concern_handover where municipality_id = ? and concern_id = ?")
                    .params(municipality.value(), c.id().value()).update();
            if (c.handover() != null) {
                insertHandover(municipality, c.id(), c.handover());
            }
        }
        recorded(municipality, c);
        return true;
    }

    private void recorded(MunicipalityId municipality, Concern c) {
        for (Concern.Step step : c.recordedSteps()) {
            jdbc.sql("""
                    insert into concern_event (municipality_id, id, concern_id, action, from_status, to_status,
                        actor_id, occurred_at, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(municipality.value(), UUID.randomUUID(), c.id().value(), step.action(), name(step.from()),
                            step.to().name(), step.actor(), Timestamp.from(step.at()), seal(step.note()))
                    .update();
        }
    }

    private void insertHandover(MunicipalityId municipality, ConcernId id, Handover handover) {
        jdbc.sql("""
                insert into concern_handover (municipality_id, concern_id, receiver, legal_basis, handed_over_on,
                    external_reference) values (?, ?, ?, ?, ?, ?)""")
                .params(municipality.value(), id.value(), handover.receiver().name(), handover.legalBasis().name(),
                        handover.handedOverOn(), handover.externalReference())
                .update();
    }

    /** A handler's list: the filter decides which, most urgent feedback first. */
    Page<ConcernSummary> list(MunicipalityId municipality, ConcernFilter filter, LocalDate today, LocalDate dueBy,
            UUID me, PageRequest page) {
        StringBuilder where = new StringBuilder(" where c.municipality_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(municipality.value());
        switch (filter.view()) {
            case OPEN -> where.append(" and c.status <> 'CLOSED'");
            case OVERDUE -> {
                where.append(" and c.feedback_due_on < ?");
                params.add(today);
            }
            case DUE -> {
                where.append(" and c.feedback_due_on between ? and ?");
                params.add(today);
                params.add(dueBy);
            }
            case APPROVAL -> {
                where.append(" and c.status = 'AWAITING_APPROVAL' and c.outcome_by <> ?");
                params.add(me);
            }
            case MINE -> {
                where.append(" and c.status <> 'CLOSED' and c.handler_id = ?");
                params.add(me);
            }
            case CLOSED -> where.append(" and c.status = 'CLOSED'");
            case ALL -> {
            }
        }
        if (filter.status() != null) {
            where.append(" and c.status = ?");
            params.add(filter.status().name());
        }
        if (filter.reference() != null) {
            where.append(" and c.reference = ?");
            params.add(filter.reference());
        }
        long total = jdbc.sql("select count(*) from concern c" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        String order = filter.view() == ConcernFilter.View.CLOSED ? " order by c.closed_at desc, c.id"
                : " order by c.feedback_due_on nulls last, c.received_at, c.id";
        List<ConcernSummary> items = jdbc.sql("select " + SUMMARY + " from concern c" + where + order
                + " limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> summary(rs))
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Open work for the start page: overdue, due by {@code dueBy}, waiting for my approval. */
    long[] workCounts(MunicipalityId municipality, LocalDate today, LocalDate dueBy, UUID me) {
        return jdbc.sql("""
                select count(*) filter (where feedback_due_on < ?),
                       count(*) filter (where feedback_due_on between ? and ?),
                       count(*) filter (where status = 'AWAITING_APPROVAL' and outcome_by <> ?)
                from concern where municipality_id = ? and status <> 'CLOSED'""")
                .params(today, today, dueBy, me, municipality.value())
                .query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
                .single();
    }

    /** The reporter's own concerns, newest first. */
    List<ConcernSummary> ofReporter(MunicipalityId municipality, KeyFigureId reporter) {
        return jdbc.sql("select " + SUMMARY + " from concern c where c.municipality_id = ? and c.key_figure_id = ?"
                + " order by c.received_at desc, c.id")
                .params(municipality.value(), reporter.value())
                .query((rs, n) -> summary(rs))
                .list();
    }

    private String seal(String text) {
        return text == null ? null : encryption.encrypt(text);
    }

    private String open(String stored) {
        return stored == null ? null : encryption.decrypt(stored);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static ConcernSummary summary(ResultSet rs) throws SQLException {
        return new ConcernSummary(new ConcernId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                ConcernKind.valueOf(rs.getString("kind")), ConcernStatus.valueOf(rs.getString("status")),
                instant(rs, "received_at"), date(rs, "feedback_due_on"), rs.getObject("handler_id", UUID.class),
                rs.getObject("outcome_by", UUID.class), rs.getInt("reopened_count"));
    }

    private Concern concern(ResultSet rs) throws SQLException {
        UUID reporter = rs.getObject("key_figure_id", UUID.class);
        String receiver = rs.getString("receiver");
        Handover handover = receiver == null ? null
                : new Handover(Receiver.valueOf(receiver), LegalBasis.valueOf(rs.getString("legal_basis")),
                        date(rs, "handed_over_on"), rs.getString("external_reference"));
        return new Concern(new ConcernId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                ConcernKind.valueOf(rs.getString("kind")), ConcernStatus.valueOf(rs.getString("status")),
                reporter == null ? null : new KeyFigureId(reporter), "HANDLER".equals(rs.getString("raised_via")),
                FeedbackChannel.valueOf(rs.getString("feedback_channel")),
                parse(AgeBand.class, rs.getString("subject_age_band")), rs.getString("subject_area_code"),
                open(rs.getString("facts")), open(rs.getString("interpretation")),
                parse(SourceKind.class, rs.getString("source_kind")), open(rs.getString("source_named")),
                open(rs.getString("counter_signs")), parse(Outcome.class, rs.getString("outcome")),
                open(rs.getString("outcome_rationale")), rs.getObject("outcome_by", UUID.class),
                rs.getObject("approved_by", UUID.class), rs.getObject("handler_id", UUID.class),
                instant(rs, "received_at"), date(rs, "acknowledge_due_on"), instant(rs, "acknowledged_at"),
                instant(rs, "first_status_at"), date(rs, "feedback_due_on"), instant(rs, "closed_at"),
                instant(rs, "narrative_cleared_at"), parse(Satisfaction.class, rs.getString("satisfaction")),
                instant(rs, "satisfaction_at"), rs.getInt("reopened_count"), handover, rs.getInt("version"));
    }
}
