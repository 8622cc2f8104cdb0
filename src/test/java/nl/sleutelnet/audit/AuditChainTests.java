package nl.sleutelnet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.tenancy.DemoTenants;

@SleutelnetTest
class AuditChainTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditChain chain;

    @Autowired
    DataSource dataSource;

    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void every_appended_row_links_to_the_previous_one_and_the_chain_verifies() {
        trail.record(AuditAction.READ, AuditOutcome.SUCCESS, "key_figure", UUID.randomUUID(), null, DemoTenants.MAASOEVER);
        trail.record(AuditAction.EXPORT, AuditOutcome.SUCCESS, "key_figure", UUID.randomUUID(), null, DemoTenants.MAASOEVER);

        var rows = JdbcClient.create(dataSource)
                .sql("select prev_hash, hash from audit_event order by seq desc limit 2")
                .query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
        assertThat(rows.get(0)[0]).isEqualTo(rows.get(1)[1]);
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void every_municipality_appends_to_a_chain_of_its_own_and_events_without_one_to_another() {
        UUID waalbergenFirst = UUID.randomUUID();
        UUID waalbergenSecond = UUID.randomUUID();
        UUID withoutFirst = UUID.randomUUID();
        UUID withoutSecond = UUID.randomUUID();
        trail.record(AuditAction.READ, AuditOutcome.SUCCESS, "key_figure", waalbergenFirst, null, DemoTenants.WAALBERGEN);
        trail.record(AuditAction.READ, AuditOutcome.SUCCESS, "key_figure", withoutFirst, null, null);
        trail.record(AuditAction.READ, AuditOutcome.SUCCESS, "key_figure", UUID.randomUUID(), null, DemoTenants.LINGEDONK);
        trail.record(AuditAction.READ, AuditOutcome.SUCCESS, "key_figure", waalbergenSecond, null, DemoTenants.WAALBERGEN);
        trail.record(AuditAction.READ, AuditOutcome.SUCCESS, "key_figure", withoutSecond, null, null);

        assertThat(column("prev_hash", waalbergenSecond)).isEqualTo(column("hash", waalbergenFirst));
        assertThat(column("prev_hash", withoutSecond)).isEqualTo(column("hash", withoutFirst));
        assertThat(chain.verify().intact()).isTrue();
    }

    /** Appends that wait for the chain's lock must link to the row written while they waited: no fork. */
    @Test
    void concurrent_appends_to_one_chain_stay_one_chain() throws Exception {
        int threads = 4;
        int each = 20;
        List<UUID> records = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        UUID record = UUID.randomUUID();
                        records.add(record);
                        trail.record(AuditAction.READ, AuditOutcome.SUCCESS, "key_figure", record, null,
                                DemoTenants.MAASOEVER);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> predecessors = JdbcClient.create(dataSource)
                .sql("select prev_hash from audit_event where record_id in (:ids)").param("ids", records)
                .query(String.class).list();
        assertThat(predecessors).hasSize(threads * each).doesNotHaveDuplicates();
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void a_tampered_row_is_reported_as_the_first_broken_link() throws Exception {
        UUID record = UUID.randomUUID();
        trail.record(AuditAction.READ, AuditOutcome.SUCCESS, "key_figure", record, null, DemoTenants.MAASOEVER);
        trail.record(AuditAction.READ, AuditOutcome.SUCCESS, "key_figure", UUID.randomUUID(), null, DemoTenants.MAASOEVER);
        long tampered = JdbcClient.create(dataSource).sql("select seq from audit_event where record_id = ?")
                .param(record).query(Long.class).single();

        // Only the database owner, switching triggers off on purpose, can change a row.
        try {
            owner("update audit_event set action = 'EXPORT' where seq = " + tampered);
            ChainVerification result = chain.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).hasValue(tampered);
        } finally {
            owner("update audit_event set action = 'READ' where seq = " + tampered);
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void the_application_cannot_change_or_delete_audit_rows() {
        trail.record(AuditAction.READ, AuditOutcome.SUCCESS);
        JdbcClient app = JdbcClient.create(dataSource);
        assertThatThrownBy(() -> app.sql("update audit_event set outcome = 'DENIED'").update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> app.sql("delete from audit_event").update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void the_owner_too_is_stopped_by_the_append_only_trigger() {
        assertThatThrownBy(() -> owner("delete from audit_event")).hasMessageContaining("append-only");
    }

    @Test
    void a_record_type_that_is_not_a_code_is_refused() {
        assertThatThrownBy(() -> trail.record(AuditAction.READ, AuditOutcome.SUCCESS, "Jan de Vries bekeek dit",
                UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);
    }

    private String column(String name, UUID record) {
        return JdbcClient.create(dataSource).sql("select " + name + " from audit_event where record_id = ?").param(record)
                .query(String.class).single();
    }

    private void owner(String sql) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            if (sql.startsWith("update")) {
                statement.execute("set session_replication_role = replica");
            }
            statement.execute(sql);
        }
    }
}
