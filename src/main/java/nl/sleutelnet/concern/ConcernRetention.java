package nl.sleutelnet.concern;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditActor;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;
import nl.sleutelnet.tenancy.MunicipalityJobs;

/**
 * Retention of closed concerns (periods in {@link ConcernProperties.Retention}, counted from the
 * closure): "no concern" and advice are deleted whole; care routes and handovers lose their
 * narrative, and what is left is deleted after the handover period. Every concern affected gets a
 * deletion-log row with metadata only. Runs nightly for every municipality (row-level security
 * shows one at a time), and on demand for the privacy officer's own municipality.
 */
@Service
public class ConcernRetention {

    private static final Logger log = LoggerFactory.getLogger(ConcernRetention.class);
    private static final String RECORD = "concern_deletion_log";
    /** The nightly job's name, also its cluster-wide lock. */
    static final String JOB = "concern-retention";

    private final ConcernDeletions deletions;
    private final ConcernProperties properties;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final MunicipalityJobs jobs;
    private final Clock clock;

    ConcernRetention(ConcernDeletions deletions, ConcernProperties properties, AuditTrail audit,
            TransactionTemplate transactions, MunicipalityJobs jobs, Clock clock) {
        this.deletions = deletions;
        this.properties = properties;
        this.audit = audit;
        this.transactions = transactions;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** The configured periods. */
    public ConcernProperties.Retention periods() {
        return properties.retention();
    }

    /** What the next run will do in the current municipality; changes nothing. */
    public RetentionReport preview() {
        return runIn(CurrentTenant.require(), clock.instant(), true, null);
    }

    /** Runs retention now in the current municipality, audited as the signed-in user. */
    public RetentionReport runNow() {
        return runIn(CurrentTenant.require(), clock.instant(), false, null);
    }

    /** The deletion log of the current municipality, newest first. */
    public Page<DeletionLogEntry> log(PageRequest page) {
        return deletions.logOf(CurrentTenant.require(), page);
    }

    @Scheduled(cron = "${sleutelnet.concern.retention.cron:0 30 2 * * *}")
    void nightly() {
        Instant now = clock.instant();
        jobs.runOnce(JOB, municipality -> runIn(municipality, now, false, AuditActor.SYSTEM))
                .ifPresent(done -> log.info("Concern retention: {} concerns deleted or cleared",
                        total(done, false).total()));
    }

    /** Every municipality as of {@code now} (a municipality that fails is left out); audited as the system. */
    RetentionReport run(Instant now, boolean dryRun) {
        return total(jobs.forEach(JOB, municipality -> runIn(municipality, now, dryRun, AuditActor.SYSTEM)), dryRun);
    }

    private static RetentionReport total(MunicipalityJobs.Outcome<RetentionReport> done, boolean dryRun) {
        RetentionReport all = RetentionReport.empty(dryRun);
        for (RetentionReport report : done.results().values()) {
            all = all.plus(report);
        }
        return all;
    }

    /**
     * One municipality as of {@code now}, in one transaction: deletions first (so the narrative rule
     * only clears what stays), then one audit entry. {@code actor} null: the current user, audited always;
     * otherwise (the system) only when anything changed.
     */
    RetentionReport runIn(MunicipalityId municipality, Instant now, boolean dryRun, AuditActor actor) {
        ZoneId zone = clock.getZone();
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        ConcernProperties.Retention periods = properties.retention();
        Map<RetentionRule, Instant> cutoffs = new EnumMap<>(RetentionRule.class);
        cutoffs.put(RetentionRule.CLOSED_NO_CONCERN, before(now, periods.closedNoConcern(), zone));
        cutoffs.put(RetentionRule.CLOSED_ADVICE, before(now, periods.closedAdvice(), zone));
        cutoffs.put(RetentionRule.HANDOVER_METADATA, before(now, periods.handoverMetadata(), zone));
        cutoffs.put(RetentionRule.NARRATIVE, before(now, periods.narrative(), zone));
        Instant handoverCutoff = cutoffs.get(RetentionRule.HANDOVER_METADATA);
        return CurrentTenant.callAs(municipality, () -> transactions.execute(tx -> {
            Map<RetentionRule, Long> counts = new EnumMap<>(RetentionRule.class);
            List<RetentionLine> lines = new ArrayList<>();
            for (RetentionRule rule : RetentionRule.values()) {
                Instant cutoff = cutoffs.get(rule);
                if (dryRun) {
                    counts.put(rule, deletions.count(municipality, rule, cutoff, handoverCutoff));
                    lines.addAll(deletions.preview(municipality, rule, cutoff, handoverCutoff, zone,
                            Math.max(0, RetentionReport.MAX_LINES - lines.size())));
                    continue;
                }
                List<RetentionLine> done = rule == RetentionRule.NARRATIVE
                        ? deletions.clearNarrative(municipality, cutoff, handoverCutoff, zone, at)
                        : deletions.delete(municipality, rule, cutoff, zone, at);
                counts.put(rule, (long) done.size());
                lines.addAll(done.subList(0, Math.min(done.size(), Math.max(0, RetentionReport.MAX_LINES - lines.size()))));
            }
            RetentionReport report = new RetentionReport(dryRun, counts, lines);
            // The nightly job leaves a trace only when it changed something; a person's run always does.
            if (!dryRun && (report.total() > 0 || actor == null)) {
                audit.record(AuditAction.RETENTION_RUN, AuditOutcome.SUCCESS, RECORD, null,
                        actor == null ? currentActor() : actor, municipality);
            }
            return report;
        }));
    }

    private static Instant before(Instant now, Period period, ZoneId zone) {
        return now.atZone(zone).minus(period).toInstant();
    }

    private static AuditActor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AuditActor a ? a : AuditActor.SYSTEM;
    }
}
