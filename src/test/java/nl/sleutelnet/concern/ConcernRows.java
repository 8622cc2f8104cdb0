package nl.sleutelnet.concern;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Concerns written straight into the tables (as the application role, under the municipality's
 * row-level security) with dates of the test's choosing, for retention and figures with a fixed clock.
 * Narrative columns get ciphertext-shaped dummies: these rows are never opened.
 */
final class ConcernRows {

    static final String CIPHER = "v1:dummy-ciphertext";

    private final JdbcClient jdbc;
    private final MunicipalityId municipality;

    ConcernRows(JdbcClient jdbc, MunicipalityId municipality) {
        this.jdbc = jdbc;
        this.municipality = municipality;
    }

    /** A concern as stated; {@code closedAt} null keeps it open in {@code status}. Returns its id. */
    Row insert(ConcernKind kind, ConcernStatus status, Outcome outcome, Instant receivedAt, Instant acknowledgedAt,
            Instant firstStatusAt, Instant closedAt, LocalDate feedbackDueOn, Satisfaction satisfaction,
            Instant satisfactionAt) {
        UUID id = UUID.randomUUID();
        String reference = "ZM-%d-%07d".formatted(LocalDate.ofInstant(receivedAt, java.time.ZoneOffset.UTC).getYear(),
                ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        CurrentTenant.runAs(municipality, () -> jdbc.sql("""
                insert into concern (municipality_id, id, reference, kind, status, raised_via, feedback_channel,
                    subject_age_band, facts, interpretation, source_kind, source_named, counter_signs, outcome,
                    outcome_rationale, received_at, acknowledge_due_on, acknowledged_at, first_status_at,
                    feedback_due_on, closed_at, satisfaction, satisfaction_at)
                values (?, ?, ?, ?, ?, 'HANDLER', 'PORTAL_ONLY', ?, ?, ?, 'TOLD_BY_SOMEONE', ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?)""")
                .params(municipality.value(), id, reference, kind.name(), status.name(),
                        kind == ConcernKind.CONCERN ? "AGE_18_23" : null, CIPHER, CIPHER, CIPHER, CIPHER,
                        outcome == null ? null : outcome.name(), outcome == null ? null : CIPHER, ts(receivedAt),
                        LocalDate.ofInstant(receivedAt, java.time.ZoneOffset.UTC).plusDays(2), ts(acknowledgedAt),
                        ts(firstStatusAt), feedbackDueOn, ts(closedAt), satisfaction == null ? null : satisfaction.name(),
                        ts(satisfactionAt))
                .update());
        return new Row(id, reference);
    }

    /** A closed concern with a message (personal line), a step (note) and, if handed over, the handover. */
    Row closed(ConcernKind kind, Outcome outcome, Instant receivedAt, Instant closedAt) {
        Row row = insert(kind, ConcernStatus.CLOSED, outcome, receivedAt, receivedAt, null, closedAt, null, null, null);
        message(row, receivedAt, CIPHER, null, null);
        CurrentTenant.runAs(municipality, () -> {
            jdbc.sql("""
                    insert into concern_event (municipality_id, id, concern_id, action, from_status, to_status,
                        occurred_at, note) values (?, ?, ?, 'CLOSED', ?, 'CLOSED', ?, ?)""")
                    .params(municipality.value(), UUID.randomUUID(), row.id(), outcome.name(), ts(closedAt), CIPHER)
                    .update();
            if (outcome == Outcome.HANDED_OVER) {
                jdbc.sql("""
                        insert into concern_handover (municipality_id, concern_id, receiver, legal_basis,
                            handed_over_on) values (?, ?, 'TRIAGE_TEAM', 'PUBLIC_TASK', ?)""")
                        .params(municipality.value(), row.id(), LocalDate.ofInstant(closedAt, java.time.ZoneOffset.UTC))
                        .update();
            }
        });
        return row;
    }

    /** A status message to the reporter, optionally answering a feedback deadline on time or not. */
    void message(Row row, Instant at, String personal, LocalDate dueOn, Boolean onTime) {
        CurrentTenant.runAs(municipality, () -> jdbc.sql("""
                insert into concern_message (municipality_id, id, concern_id, kind, shown_status, standard_text,
                    personal_text, from_reporter, created_at, due_on, on_time)
                values (?, ?, ?, 'STATUS', 'ACKNOWLEDGED', 'Standaardtekst', ?, false, ?, ?, ?)""")
                .params(municipality.value(), UUID.randomUUID(), row.id(), personal, ts(at), dueOn, onTime)
                .update());
    }

    long count(String sql, Object... params) {
        return CurrentTenant.callAs(municipality, () -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    record Row(UUID id, String reference) {
    }
}
