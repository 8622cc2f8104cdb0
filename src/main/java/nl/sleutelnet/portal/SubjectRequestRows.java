package nl.sleutelnet.portal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.privacy.FieldEncryption;
import nl.sleutelnet.tenancy.MunicipalityId;

/** Correction and erasure request rows of one municipality; explanations are encrypted here. */
@Repository
class SubjectRequestRows {

    private static final String CORRECTION = """
            select id, key_figure_id, fields, explanation, received_at, due_on, status, outcome, handled_at, version
            from correction_request""";
    private static final String ERASURE = """
            select id, key_figure_id, reason, received_at, due_on, status, refusal_reason, status_changed_at, version
            from data_subject_request""";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    SubjectRequestRows(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    void insertCorrection(MunicipalityId municipality, CorrectionRequest request) {
        jdbc.sql("""
                insert into correction_request (municipality_id, id, key_figure_id, fields, explanation, received_at,
                                                due_on, status)
                values (?, ?, ?, ?::text[], ?, ?, ?, 'OPEN')""")
                .params(municipality.value(), request.id(), request.keyFigure().value(),
                        request.fields().stream().map(Enum::name).collect(Collectors.joining(",", "{", "}")),
                        request.explanation() == null ? null : encryption.encrypt(request.explanation()),
                        Timestamp.from(request.receivedAt()), request.dueOn())
                .update();
    }

    List<CorrectionRequest> correctionsOf(MunicipalityId municipality, KeyFigureId keyFigure) {
        return jdbc.sql(CORRECTION + " where municipality_id = ? and key_figure_id = ? order by received_at desc, id")
                .params(municipality.value(), keyFigure.value()).query((rs, n) -> correction(rs)).list();
    }

    /** Open requests first (oldest first), then the handled ones of the last year. */
    List<CorrectionRequest> corrections(MunicipalityId municipality) {
        return jdbc.sql(CORRECTION + """
                 where municipality_id = ? and (status = 'OPEN' or handled_at > now() - interval '1 year')
                order by status = 'OPEN' desc, received_at, id limit 500""")
                .param(municipality.value()).query((rs, n) -> correction(rs)).list();
    }

    Optional<CorrectionRequest> correction(MunicipalityId municipality, UUID id) {
        return jdbc.sql(CORRECTION + " where municipality_id = ? and id = ?")
                .params(municipality.value(), id).query((rs, n) -> correction(rs)).optional();
    }

    boolean handleCorrection(MunicipalityId municipality, UUID id, int version, CorrectionRequest.Outcome outcome,
            UUID handledBy, Instant at) {
        return jdbc.sql("""
                update correction_request set status = 'HANDLED', outcome = ?, handled_at = ?, handled_by = ?,
                       version = version + 1
                where municipality_id = ? and id = ? and status = 'OPEN' and version = ?""")
                .params(outcome.name(), Timestamp.from(at), handledBy, municipality.value(), id, version).update() == 1;
    }

    /** Open correction requests, and how many of them are past their deadline on the given day. */
    OpenCount openCorrections(MunicipalityId municipality, LocalDate today) {
        return jdbc.sql("""
                select count(*), count(*) filter (where due_on < ?) from correction_request
                where municipality_id = ? and status = 'OPEN'""")
                .params(today, municipality.value()).query((rs, n) -> new OpenCount(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    void insertErasure(MunicipalityId municipality, ErasureRequest request) {
        jdbc.sql("""
                insert into data_subject_request (municipality_id, id, key_figure_id, kind, reason, received_at, due_on,
                                                  status)
                values (?, ?, ?, 'ERASURE', ?, ?, ?, 'RECEIVED')""")
                .params(municipality.value(), request.id(), request.keyFigure().value(),
                        request.reason() == null ? null : request.reason().name(), Timestamp.from(request.receivedAt()),
                        request.dueOn())
                .update();
    }

    List<ErasureRequest> erasuresOf(MunicipalityId municipality, KeyFigureId keyFigure) {
        return jdbc.sql(ERASURE + " where municipality_id = ? and key_figure_id = ? order by received_at desc, id")
                .params(municipality.value(), keyFigure.value()).query((rs, n) -> erasure(rs)).list();
    }

    /** Open requests first (earliest deadline first), then the closed ones of the last year. */
    List<ErasureRequest> erasures(MunicipalityId municipality) {
        return jdbc.sql(ERASURE + """
                 where municipality_id = ? and (status in ('RECEIVED', 'IN_PROGRESS')
                       or status_changed_at > now() - interval '1 year')
                order by status in ('RECEIVED', 'IN_PROGRESS') desc, due_on, id limit 500""")
                .param(municipality.value()).query((rs, n) -> erasure(rs)).list();
    }

    Optional<ErasureRequest> erasure(MunicipalityId municipality, UUID id) {
        return jdbc.sql(ERASURE + " where municipality_id = ? and id = ?")
                .params(municipality.value(), id).query((rs, n) -> erasure(rs)).optional();
    }

    boolean changeErasure(MunicipalityId municipality, UUID id, int version, ErasureRequest.Status status,
            ErasureRequest.RefusalReason refusal, UUID by, Instant at) {
        return jdbc.sql("""
                update data_subject_request set status = ?, refusal_reason = ?, status_changed_at = ?, handled_by = ?,
                       version = version + 1
                where municipality_id = ? and id = ? and version = ?""")
                .params(status.name(), refusal == null ? null : refusal.name(), Timestamp.from(at), by,
                        municipality.value(), id, version).update() == 1;
    }

    OpenCount openErasures(MunicipalityId municipality, LocalDate today) {
        return jdbc.sql("""
                select count(*), count(*) filter (where due_on < ?) from data_subject_request
                where municipality_id = ? and status in ('RECEIVED', 'IN_PROGRESS')""")
                .params(today, municipality.value()).query((rs, n) -> new OpenCount(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    /** How many requests are open, and how many of those are overdue. */
    public record OpenCount(long open, long overdue) {
    }

    private CorrectionRequest correction(ResultSet rs) throws SQLException {
        String explanation = rs.getString("explanation");
        Timestamp handled = rs.getTimestamp("handled_at");
        String outcome = rs.getString("outcome");
        return new CorrectionRequest(rs.getObject("id", UUID.class),
                new KeyFigureId(rs.getObject("key_figure_id", UUID.class)), fields(rs.getArray("fields")),
                explanation == null ? null : encryption.decrypt(explanation), rs.getTimestamp("received_at").toInstant(),
                rs.getObject("due_on", LocalDate.class),
                CorrectionRequest.Status.valueOf(rs.getString("status")),
                outcome == null ? null : CorrectionRequest.Outcome.valueOf(outcome),
                handled == null ? null : handled.toInstant(), rs.getInt("version"));
    }

    private static ErasureRequest erasure(ResultSet rs) throws SQLException {
        String reason = rs.getString("reason");
        String refusal = rs.getString("refusal_reason");
        Timestamp changed = rs.getTimestamp("status_changed_at");
        return new ErasureRequest(rs.getObject("id", UUID.class),
                new KeyFigureId(rs.getObject("key_figure_id", UUID.class)),
                reason == null ? null : ErasureRequest.Reason.valueOf(reason), rs.getTimestamp("received_at").toInstant(),
                rs.getObject("due_on", LocalDate.class), ErasureRequest.Status.valueOf(rs.getString("status")),
                refusal == null ? null : ErasureRequest.RefusalReason.valueOf(refusal),
                changed == null ? null : changed.toInstant(), rs.getInt("version"));
    }

    private static List<CorrectionRequest.Field> fields(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(CorrectionRequest.Field::valueOf).toList();
    }
}
