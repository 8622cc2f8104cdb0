package nl.sleutelnet.concern;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Columns a step may set besides status (the service names them; nothing else is accepted). */
    static final String HANDLER = "handler_id";
    static final String OUTCOME = "outcome";
    static final String RATIONALE = "outcome_rationale";
    static final String OUTCOME_BY = "outcome_by";
    static final String APPROVED_BY = "approved_by";
    static final String ACKNOWLEDGED_AT = "acknowledged_at";
    static final String FIRST_STATUS_AT = "first_status_at";
    static final String FEEDBACK_DUE = "feedback_due_on";
    static final String CLOSED_AT = "closed_at";
    static final String SATISFACTION = "satisfaction";
    static final String SATISFACTION_AT = "satisfaction_at";
    static final String REOPENED = "reopened_count";
    private static final List<String> SETTABLE = List.of(HANDLER, OUTCOME, RATIONALE, OUTCOME_BY, APPROVED_BY,
            ACKNOWLEDGED_AT, FIRST_STATUS_AT, FEEDBACK_DUE, CLOSED_AT, SATISFACTION, SATISFACTION_AT, REOPENED);

    private static final String SUMMARY = """
            c.id, c.reference, c.kind, c.status, c.received_at, c.feedback_due_on, c.handler_id, c.outcome_by,
            c.reopened_count""";
    private static final String COLUMNS = SUMMARY + """
            , c.key_figure_id, c.raised_via, c.feedback_channel, c.subject_age_band, c.subject_area_code, c.facts,
            c.interpretation, c.source_kind, c.source_named, c.counter_signs, c.outcome, c.outcome_rationale,
            c.approved_by, c.acknowledge_due_on, c.acknowledged_at, c.first_status_at, c.closed_at,
            c.narrative_cleared_at, c.satisfaction, c.version,
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

    void insert(MunicipalityId municipality, ConcernId id, String reference, ConcernKind kind, KeyFigureId reporter,
            boolean byHandler, FeedbackChannel channel, AgeBand ageBand, String areaCode, String facts,
            String interpretation, SourceKind sourceKind, String sourceNamed, String counterSigns, Instant receivedAt,
            LocalDate acknowledgeDueOn) {
        jdbc.sql("""
                insert into concern (municipality_id, id, reference, kind, status, key_figure_id, raised_via,
                    feedback_channel, subject_age_band, subject_area_code, facts, interpretation, source_kind,
                    source_named, counter_signs, received_at, acknowledge_due_on, feedback_due_on)
                values (?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(municipality.value(), id.value(), reference, kind.name(), reporter.value(),
                        byHandler ? "HANDLER" : "PORTAL", channel.name(), name(ageBand), areaCode, seal(facts),
                        seal(interpretation), name(sourceKind), seal(sourceNamed), seal(counterSigns),
                        Timestamp.from(receivedAt), acknowledgeDueOn, acknowledgeDueOn)
                .update();
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
     * Moves a concern from the status it had when read to {@code to}, setting the named columns, if
     * nobody changed it in between (same version); false otherwise.
     */
    boolean step(MunicipalityId municipality, Concern current, int version, ConcernStatus to, Map<String, Object> set) {
        StringBuilder sql = new StringBuilder("update concern set status = ?, version = version + 1");
        List<Object> params = new ArrayList<>();
        params.add(to.name());
        for (Map.Entry<String, Object> column : set.entrySet()) {
            if (!SETTABLE.contains(column.getKey())) {
                throw new IllegalArgumentException("not a settable column: " + column.getKey());
            }
            sql.append(", ").append(column.getKey()).append(" = ?");
            params.add(sqlValue(column.getKey(), column.getValue()));
        }
        sql.append(" where municipality_id = ? and id = ? and version = ? and status = ?");
        params.add(municipality.value());
        params.add(current.id().value());
        params.add(version);
        params.add(current.status().name());
        return jdbc.sql(sql.toString()).params(params).update() == 1;
    }

    /** Sets columns without a change of status (feedback deadline, satisfaction), with the same version check. */
    boolean set(MunicipalityId municipality, Concern current, int version, Map<String, Object> set) {
        return step(municipality, current, version, current.status(), set);
    }

    void insertHandover(MunicipalityId municipality, ConcernId id, Handover handover) {
        jdbc.sql("""
                insert into concern_handover (municipality_id, concern_id, receiver, legal_basis, handed_over_on,
                    external_reference) values (?, ?, ?, ?, ?, ?)""")
                .params(municipality.value(), id.value(), handover.receiver().name(), handover.legalBasis().name(),
                        handover.handedOverOn(), handover.externalReference())
                .update();
    }

    void deleteHandover(MunicipalityId municipality, ConcernId id) {
        jdbc.sql("delete from concern_handover where municipality_id = ? and concern_id = ?")
                .params(municipality.value(), id.value()).update();
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

    private Object sqlValue(String column, Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant i) {
            return Timestamp.from(i);
        }
        if (RATIONALE.equals(column) && value instanceof String s) {
            return seal(s);
        }
        return value;
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
                rs.getInt("reopened_count"), handover, rs.getInt("version"));
    }

    static Map<String, Object> columns(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
