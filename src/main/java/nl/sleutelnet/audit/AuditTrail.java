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

    /**
     * A stretch of one municipality's trail, newest first, next to a position and narrowed by a filter.
     * Paged by sequence number, not by offset and total: a trail grows with every audited read, and
     * counting or skipping a municipality's millions of rows would make the page slower every day.
     */
    @Transactional(readOnly = true)
    public AuditSlice ofMunicipality(MunicipalityId municipality, AuditFilter filter, AuditPosition position,
            int size) {
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + PageRequest.MAX_SIZE);
        }
        var sql = new StringBuilder("""
                select seq, occurred_at, municipality_id, actor_kind, actor_id, action, record_type, record_id, outcome
                from audit_event where municipality_id = :m""");
        var params = new java.util.LinkedHashMap<String, Object>();
        params.put("m", municipality.value());
        if (filter.action() != null) {
            sql.append(" and action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.about() != null) {
            sql.append(" and (record_id = :about or actor_id = :about)");
            params.put("about", filter.about());
        }
        boolean upwards = position.after() != null;
        if (upwards) {
            sql.append(" and seq > :after order by seq asc");
            params.put("after", position.after());
        } else if (position.before() != null) {
            sql.append(" and seq < :before order by seq desc");
            params.put("before", position.before());
        } else {
            sql.append(" order by seq desc");
        }
        // One row more than shown tells whether there is more in that direction.
        List<AuditEntry> rows = new java.util.ArrayList<>(jdbc.sql(sql + " limit :limit").params(params)
                .param("limit", size + 1).query((rs, n) -> AuditRows.entry(rs)).list());
        boolean more = rows.size() > size;
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (upwards) {
            java.util.Collections.reverse(rows);
            return new AuditSlice(rows, more, true);
        }
        return new AuditSlice(rows, position.before() != null, more);
    }
}
