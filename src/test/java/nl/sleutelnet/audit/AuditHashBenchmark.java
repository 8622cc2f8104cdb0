package nl.sleutelnet.audit;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** JMH: the per-row hash of the audit chain, paid on every append and every verified row. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AuditHashBenchmark {

    private final AuditEntry entry = new AuditEntry(123_456L, Instant.parse("2026-11-28T10:15:30.123456Z"),
            UUID.randomUUID(), AuditActor.Kind.STAFF, UUID.randomUUID(), AuditAction.READ, "key_figure",
            UUID.randomUUID(), AuditOutcome.SUCCESS);
    private final String previous = "ab".repeat(32);

    @Benchmark
    public String hash() {
        return AuditHash.of(previous, entry);
    }
}
