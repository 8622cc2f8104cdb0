package nl.sleutelnet.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a job once in every municipality: for each one, under that municipality's tenancy
 * (row-level security shows the job only its rows) and in one transaction of its own, with
 * no signed-in user: audit entries made inside name the system ({@link #isRunning()}). A
 * failure rolls back that municipality's transaction only, is logged, and the job goes on with
 * the next. {@link #runOnce} also takes a cluster-wide advisory lock on the job's name, so that
 * of several instances started by the same schedule one runs the job and the others skip it.
 * Jobs do not read the municipality table themselves.
 */
@Component
public class MunicipalityJobs {

    private static final Logger log = LoggerFactory.getLogger(MunicipalityJobs.class);
    /** First key of the session-level advisory locks of jobs (the audit chains use 7243); the second is the hash of the job's name. */
    static final int LOCK_CLASS = 7_244;
    private static final ThreadLocal<String> RUNNING = new ThreadLocal<>();

    private final Municipalities municipalities;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;

    MunicipalityJobs(Municipalities municipalities, DataSource dataSource, PlatformTransactionManager transactions) {
        this.municipalities = municipalities;
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** What a job did: the result per municipality that succeeded, and the municipalities where it failed. */
    public record Outcome<T>(Map<MunicipalityId, T> results, Map<MunicipalityId, RuntimeException> failures) {

        public Outcome {
            results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
            failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
        }
    }

    /** Whether the current thread is running a job for one municipality (audit names the system as actor). */
    public static boolean isRunning() {
        return RUNNING.get() != null;
    }

    /**
     * Runs {@link #forEach} if this instance gets the job's advisory lock; empty (and logged) when another
     * instance holds it. The lock is held on a connection of its own for the whole run (it touches no
     * table, so the tenant that connection is bound to does not matter).
     */
    public <T> Optional<Outcome<T>> runOnce(String job, Function<MunicipalityId, T> work) {
        return onceInCluster(job, () -> forEach(job, work));
    }

    /**
     * Runs {@code work} (not per municipality, e.g. offering failed notices again) if this instance gets
     * the job's advisory lock; empty when another instance holds it.
     */
    public <T> Optional<T> onceInCluster(String job, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!lock(connection, "select pg_try_advisory_lock(?, ?)", job)) {
                log.info("Job {} skipped: another instance is running it", job);
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(work.get());
            } finally {
                lock(connection, "select pg_advisory_unlock(?, ?)", job);
            }
        } catch (SQLException e) {
            log.error("Job {} could not take its lock: {}", job, e.getMessage());
            return Optional.empty();
        }
    }

    /** Like {@link #onceInCluster(String, Supplier)}, for work without a result. */
    public boolean onceInCluster(String job, Runnable work) {
        return onceInCluster(job, () -> {
            work.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** Runs {@code work} in every municipality, each in its own transaction under its own tenancy. */
    public <T> Outcome<T> forEach(String job, Function<MunicipalityId, T> work) {
        List<MunicipalityId> all = municipalities.allIds();
        log.info("Job {} started for {} municipalities", job, all.size());
        Map<MunicipalityId, T> results = new LinkedHashMap<>();
        Map<MunicipalityId, RuntimeException> failures = new LinkedHashMap<>();
        for (MunicipalityId municipality : all) {
            try {
                T result = in(job, municipality, work);
                results.put(municipality, result);
                log.info("Job {} in municipality {}: {}", job, municipality, result);
            } catch (RuntimeException e) {
                failures.put(municipality, e);
                log.error("Job {} failed in municipality {}; its changes are rolled back", job, municipality, e);
            }
        }
        log.info("Job {} finished: {} municipalities done, {} failed", job, results.size(), failures.size());
        return new Outcome<>(results, failures);
    }

    /** One municipality of a job: its tenancy, no user, one transaction. */
    private <T> T in(String job, MunicipalityId municipality, Function<MunicipalityId, T> work) {
        SecurityContext user = SecurityContextHolder.getContext();
        String previous = RUNNING.get();
        SecurityContextHolder.clearContext();
        RUNNING.set(job);
        try {
            return CurrentTenant.callAs(municipality, () -> transactions.execute(tx -> work.apply(municipality)));
        } finally {
            if (previous == null) {
                RUNNING.remove();
            } else {
                RUNNING.set(previous);
            }
            SecurityContextHolder.setContext(user);
        }
    }

    private static boolean lock(Connection connection, String sql, String job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, LOCK_CLASS);
            statement.setInt(2, job.hashCode());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
