package nl.sleutelnet.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityJobs;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Appends to the audit trail. The actor and municipality are taken from the current
 * security context; callers name only the action and the record. Each municipality has a
 * chain of its own (and events without a municipality one more, ADR 0014): an append takes
 * that chain's transaction-scoped advisory lock ({@code pg_advisory_xact_lock(7243, UUID.hashCode())},
 * inside the database's {@code audit_append}), so that each row links to the chain's previous one
 * while other municipalities append at the same time.
 */
@Service
@Transactional
public class AuditTrail {

    private static final Pattern RECORD_TYPE = Pattern.compile("[a-z][a-z_]{1,49}");
    static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    /**
     * Records an action by the current user (or an anonymous visitor, or the system inside a job of
     * {@link MunicipalityJobs}) on an optional record.
     */
    public void record(AuditAction action, AuditOutcome outcome, String recordType, UUID recordId) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        AuditActor actor = authentication != null && authentication.getPrincipal() instanceof AuditActor a ? a
                : MunicipalityJobs.isRunning() ? AuditActor.SYSTEM : null;
        record(action, outcome, recordType, recordId, actor, CurrentTenant.municipality().orElse(null));
    }

    public void record(AuditAction action, AuditOutcome outcome) {
        record(action, outcome, null, null);
    }

    /** Records an action on behalf of a given actor, e.g. at login before the context is set. */
    public void record(AuditAction action, AuditOutcome outcome, String recordType, UUID recordId, AuditActor actor,
            MunicipalityId municipality) {
        if (recordType != null && !RECORD_TYPE.matcher(recordType).matches()) {
            throw new IllegalArgumentException("record type must be a lower-case code");
        }
        UUID municipalityId = municipality == null ? null : municipality.value();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditActor.Kind kind = actor == null ? AuditActor.Kind.ANONYMOUS : actor.actorKind();
        UUID actorId = actor == null ? null : actor.actorId();
        var entry = new AuditEntry(0, at, municipalityId, kind, actorId, action, recordType, recordId, outcome);
        // The chain's lock, its last hash and the insert in one statement (V22): the lock is held
        // for that statement and the commit.
        jdbc.sql("select audit_append(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(municipalityId == null ? 0 : municipalityId.hashCode(), municipalityId, java.sql.Timestamp.from(at),
                        kind.name(), actorId, action.name(), recordType, recordId, outcome.name(), AuditHash.tail(entry))
                .query(Long.class).single();
    }

    /** The trail of one municipality, newest first. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> ofMunicipality(MunicipalityId municipality, PageRequest page) {
        long total = jdbc.sql("select count(*) from audit_event where municipality_id = ?")
                .param(municipality.value()).query(Long.class).single();
        List<AuditEntry> rows = jdbc.sql("""
                select seq, occurred_at, municipality_id, actor_kind, actor_id, action, record_type, record_id, outcome
                from audit_event where municipality_id = ? order by seq desc limit ? offset ?""")
                .params(municipality.value(), page.size(), page.offset())
                .query((rs, n) -> AuditRows.entry(rs))
                .list();
        return new Page<>(rows, page.page(), page.size(), total);
    }
}
