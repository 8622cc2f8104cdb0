package nl.sleutelnet.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;

/**
 * A job of {@link MunicipalityJobs} runs once in every municipality, each under its own tenancy
 * and in its own transaction, as the system; a municipality that fails rolls back alone and
 * does not stop the others; of two runs at once, the second skips.
 */
@SleutelnetTest
class RunningAJobInEveryMunicipalityTests {

    @Autowired
    MunicipalityJobs jobs;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void each_municipality_once_under_its_own_tenancy() {
        List<MunicipalityId> seen = Collections.synchronizedList(new ArrayList<>());
        List<MunicipalityId> tenants = new ArrayList<>();

        MunicipalityJobs.Outcome<String> done = jobs.forEach("test-each", municipality -> {
            seen.add(municipality);
            tenants.add(CurrentTenant.require());
            assertThat(MunicipalityJobs.isRunning()).isTrue();
            return "ok";
        });

        List<UUID> all = jdbc.sql("select id from municipality order by id").query(UUID.class).list();
        assertThat(seen).hasSize(all.size()).doesNotHaveDuplicates()
                .containsExactlyElementsOf(all.stream().map(MunicipalityId::new).toList());
        assertThat(tenants).isEqualTo(seen);
        assertThat(done.results()).hasSize(all.size());
        assertThat(done.failures()).isEmpty();
        assertThat(MunicipalityJobs.isRunning()).isFalse();
    }

    @Test
    void a_failing_municipality_rolls_back_alone_and_the_others_go_on() {
        UUID record = UUID.randomUUID();
        MunicipalityJobs.Outcome<Integer> done = jobs.forEach("test-failure", municipality -> {
            audit.record(AuditAction.RETENTION_RUN, AuditOutcome.SUCCESS, "job_test", record);
            if (municipality.equals(DemoTenants.MAASOEVER)) {
                throw new IllegalStateException("this municipality fails");
            }
            return 1;
        });

        assertThat(done.failures()).containsOnlyKeys(DemoTenants.MAASOEVER);
        assertThat(done.results()).containsKey(DemoTenants.LINGEDONK).doesNotContainKey(DemoTenants.MAASOEVER);
        assertThat(entries(DemoTenants.MAASOEVER, record)).as("rolled back").isEmpty();
        assertThat(entries(DemoTenants.LINGEDONK, record)).as("kept, by the system").containsExactly("SYSTEM");
    }

    @Test
    void a_second_run_while_the_first_is_running_skips() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Optional<MunicipalityJobs.Outcome<Boolean>>> first = CompletableFuture.supplyAsync(
                () -> jobs.runOnce("test-once", municipality -> {
                    started.countDown();
                    try {
                        return release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        List<MunicipalityId> second = new ArrayList<>();

        Optional<MunicipalityJobs.Outcome<Boolean>> skipped = jobs.runOnce("test-once", municipality -> {
            second.add(municipality);
            return true;
        });
        release.countDown();

        assertThat(skipped).isEmpty();
        assertThat(second).isEmpty();
        assertThat(first.get(60, TimeUnit.SECONDS)).hasValueSatisfying(o -> assertThat(o.failures()).isEmpty());
        assertThat(jobs.runOnce("test-once", municipality -> true)).as("the lock is free again").isPresent();
    }

    private List<String> entries(MunicipalityId municipality, UUID record) {
        return CurrentTenant.callAs(municipality, () -> jdbc.sql(
                "select actor_kind from audit_event where record_type = 'job_test' and record_id = ? and municipality_id = ?")
                .params(record, municipality.value()).query(String.class).list());
    }
}
