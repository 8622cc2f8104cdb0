package nl.sleutelnet.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.tenancy.MunicipalityId;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * Retention with a fixed clock (default periods: six months, handover metadata five years, from the
 * closure): each rule deletes or clears exactly what has passed its period — a day past it is
 * reached, a day short of it is not — a dry run changes nothing, and the log keeps metadata only.
 */
@SleutelnetTest
class ApplyingConcernRetentionTests {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final Instant NOW = ZonedDateTime.of(2021, 6, 15, 10, 0, 0, 0, ZONE).toInstant();
    static final Instant SIX_MONTHS_AGO = ZonedDateTime.of(2020, 12, 15, 10, 0, 0, 0, ZONE).toInstant();
    static final Instant FIVE_YEARS_AGO = ZonedDateTime.of(2016, 6, 15, 10, 0, 0, 0, ZONE).toInstant();
    static final long DAY = 86_400;

    @Autowired
    ConcernRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    ConcernRows rows;
    ConcernRows.Row noConcernPast, noConcernShort, advicePast, adviceShort, carePast, careShort, handoverPast,
            handoverShort, open;

    @BeforeEach
    void concernsAroundEveryBoundary() {
        rows = new ConcernRows(jdbc, DemoTenants.LINGEDONK);
        Instant past6 = SIX_MONTHS_AGO.minusSeconds(DAY);
        Instant short6 = SIX_MONTHS_AGO.plusSeconds(DAY);
        noConcernPast = rows.closed(ConcernKind.CONCERN, Outcome.NO_CONCERN, past6.minusSeconds(40 * DAY), past6);
        noConcernShort = rows.closed(ConcernKind.CONCERN, Outcome.NO_CONCERN, short6.minusSeconds(40 * DAY), short6);
        advicePast = rows.closed(ConcernKind.ADVICE, Outcome.ADVICE_GIVEN, past6.minusSeconds(10 * DAY), past6);
        adviceShort = rows.closed(ConcernKind.ADVICE, Outcome.NO_CONCERN, short6.minusSeconds(10 * DAY), short6);
        carePast = rows.closed(ConcernKind.CONCERN, Outcome.CARE_ROUTE, past6.minusSeconds(60 * DAY), past6);
        careShort = rows.closed(ConcernKind.CONCERN, Outcome.CARE_ROUTE, short6.minusSeconds(60 * DAY), short6);
        handoverPast = rows.closed(ConcernKind.CONCERN, Outcome.HANDED_OVER, FIVE_YEARS_AGO.minusSeconds(90 * DAY),
                FIVE_YEARS_AGO.minusSeconds(DAY));
        handoverShort = rows.closed(ConcernKind.CONCERN, Outcome.HANDED_OVER, FIVE_YEARS_AGO.minusSeconds(90 * DAY),
                FIVE_YEARS_AGO.plusSeconds(DAY));
        open = rows.insert(ConcernKind.CONCERN, ConcernStatus.IN_ASSESSMENT, null,
                FIVE_YEARS_AGO.minusSeconds(400 * DAY), FIVE_YEARS_AGO.minusSeconds(399 * DAY), null, null, null, null,
                null);
    }

    @Test
    void each_rule_deletes_or_clears_exactly_the_concerns_past_its_period() {
        long maasoever = CurrentTenant.callAs(DemoTenants.MAASOEVER,
                () -> jdbc.sql("select count(*) from concern").query(Long.class).single());
        long waalbergenNarratives = CurrentTenant.callAs(DemoTenants.WAALBERGEN,
                () -> jdbc.sql("select count(*) from concern where facts is not null").query(Long.class).single());

        RetentionReport report = retention.run(NOW, false);

        assertThat(mine(report)).containsOnly(
                Map.entry(noConcernPast.reference(), RetentionRule.CLOSED_NO_CONCERN),
                Map.entry(advicePast.reference(), RetentionRule.CLOSED_ADVICE),
                Map.entry(carePast.reference(), RetentionRule.NARRATIVE),
                Map.entry(handoverShort.reference(), RetentionRule.NARRATIVE),
                Map.entry(handoverPast.reference(), RetentionRule.HANDOVER_METADATA));
        for (ConcernRows.Row gone : List.of(noConcernPast, advicePast, handoverPast)) {
            assertThat(exists(gone)).as(gone.reference()).isFalse();
            assertThat(rows.count("select count(*) from concern_message where concern_id = ?", gone.id())).isZero();
            assertThat(rows.count("select count(*) from concern_event where concern_id = ?", gone.id())).isZero();
            assertThat(rows.count("select count(*) from concern_handover where concern_id = ?", gone.id())).isZero();
        }
        for (ConcernRows.Row cleared : List.of(carePast, handoverShort)) {
            assertThat(rows.count("""
                    select count(*) from concern where id = ? and facts is null and interpretation is null
                        and source_named is null and counter_signs is null and outcome_rationale is null
                        and narrative_cleared_at = ? and outcome is not null and status = 'CLOSED'""",
                    cleared.id(), java.sql.Timestamp.from(NOW))).as(cleared.reference()).isOne();
            assertThat(rows.count("select count(*) from concern_message where concern_id = ? and personal_text is null"
                    + " and standard_text is not null", cleared.id())).isOne();
            assertThat(rows.count("select count(*) from concern_event where concern_id = ? and note is null",
                    cleared.id())).isOne();
        }
        assertThat(rows.count("select count(*) from concern_handover where concern_id = ?", handoverShort.id())).isOne();
        for (ConcernRows.Row kept : List.of(noConcernShort, adviceShort, careShort, open)) {
            assertThat(rows.count("select count(*) from concern where id = ? and facts is not null"
                    + " and narrative_cleared_at is null", kept.id())).as(kept.reference()).isOne();
        }
        assertThat(rows.count("select count(*) from concern_message where concern_id = ? and personal_text is not null",
                careShort.id())).isOne();

        assertThat(CurrentTenant.callAs(DemoTenants.MAASOEVER,
                () -> jdbc.sql("select count(*) from concern").query(Long.class).single())).isEqualTo(maasoever);
        assertThat(CurrentTenant.callAs(DemoTenants.WAALBERGEN, () -> jdbc.sql(
                "select count(*) from concern where facts is not null").query(Long.class).single()))
                .isEqualTo(waalbergenNarratives);
    }

    @Test
    void every_affected_concern_gets_a_log_row_with_metadata_only_and_the_run_is_audited_as_the_system() {
        long auditsBefore = retentionAudits();

        retention.run(NOW, false);

        Map<String, String> logged = CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> jdbc.sql(
                "select reference, rule from concern_deletion_log where concern_id in (?, ?, ?, ?, ?, ?)")
                .params(noConcernPast.id(), advicePast.id(), carePast.id(), handoverShort.id(), handoverPast.id(),
                        careShort.id())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertThat(logged).containsOnly(Map.entry(noConcernPast.reference(), "CLOSED_NO_CONCERN"),
                Map.entry(advicePast.reference(), "CLOSED_ADVICE"), Map.entry(carePast.reference(), "NARRATIVE"),
                Map.entry(handoverShort.reference(), "NARRATIVE"),
                Map.entry(handoverPast.reference(), "HANDOVER_METADATA"));
        List<String> columns = jdbc.sql("select column_name from information_schema.columns"
                + " where table_name = 'concern_deletion_log' order by column_name").query(String.class).list();
        assertThat(columns).containsExactlyInAnyOrder("municipality_id", "id", "concern_id", "reference", "kind",
                "outcome", "rule", "received_on", "closed_on", "deleted_at");
        assertThat(rows.count("select count(*) from concern_deletion_log where reference like 'v1:%'"
                + " or kind like 'v1:%' or coalesce(outcome, '') like 'v1:%'")).isZero();
        assertThat(rows.count("select count(*) from concern_deletion_log where concern_id = ? and received_on = ?"
                + " and closed_on = ?", advicePast.id(), java.sql.Date.valueOf("2020-12-04"),
                java.sql.Date.valueOf("2020-12-14"))).isOne();
        assertThat(retentionAudits()).isEqualTo(auditsBefore + 1);
        assertThat(jdbc.sql("select actor_kind from audit_event where action = 'RETENTION_RUN'"
                + " and municipality_id = ? order by seq desc limit 1").param(DemoTenants.LINGEDONK.value())
                .query(String.class).single()).isEqualTo("SYSTEM");
    }

    @Test
    void a_dry_run_shows_what_the_next_run_will_do_and_changes_nothing() {
        long concerns = rows.count("select count(*) from concern");
        long narratives = rows.count("select count(*) from concern where facts is not null");
        long logRows = rows.count("select count(*) from concern_deletion_log");
        long audits = retentionAudits();

        RetentionReport dry = retention.run(NOW, true);

        assertThat(dry.dryRun()).isTrue();
        assertThat(mine(dry)).containsOnly(Map.entry(noConcernPast.reference(), RetentionRule.CLOSED_NO_CONCERN),
                Map.entry(advicePast.reference(), RetentionRule.CLOSED_ADVICE),
                Map.entry(carePast.reference(), RetentionRule.NARRATIVE),
                Map.entry(handoverShort.reference(), RetentionRule.NARRATIVE),
                Map.entry(handoverPast.reference(), RetentionRule.HANDOVER_METADATA));
        assertThat(rows.count("select count(*) from concern")).isEqualTo(concerns);
        assertThat(rows.count("select count(*) from concern where facts is not null")).isEqualTo(narratives);
        assertThat(rows.count("select count(*) from concern_deletion_log")).isEqualTo(logRows);
        assertThat(retentionAudits()).isEqualTo(audits);

        RetentionReport real = retention.runIn(DemoTenants.LINGEDONK, NOW, false, null);
        assertThat(mine(real)).isEqualTo(mine(dry));
    }

    @Test
    void a_run_in_one_municipality_leaves_the_others_alone() {
        ConcernRows maasoever = new ConcernRows(jdbc, DemoTenants.MAASOEVER);
        ConcernRows.Row elsewhere = maasoever.closed(ConcernKind.CONCERN, Outcome.NO_CONCERN,
                SIX_MONTHS_AGO.minusSeconds(50 * DAY), SIX_MONTHS_AGO.minusSeconds(DAY));

        retention.runIn(DemoTenants.LINGEDONK, NOW, false, null);

        assertThat(exists(noConcernPast)).isFalse();
        assertThat(maasoever.count("select count(*) from concern where id = ?", elsewhere.id())).isOne();
        retention.runIn(DemoTenants.MAASOEVER, NOW, false, null);
        assertThat(maasoever.count("select count(*) from concern where id = ?", elsewhere.id())).isZero();
    }

    @Test
    void the_privacy_officer_runs_it_now_only_after_confirming_and_the_run_is_audited_as_them() throws Exception {
        SleutelnetUser officer = TestUsers.user(Role.PRIVACY_OFFICER, DemoTenants.MAASOEVER);
        long before = audits(DemoTenants.MAASOEVER);

        MockHttpServletResponse unconfirmed = mvc.perform(post("/beheer/bewaartermijnen/uitvoeren").with(csrf())
                .with(authentication(TestUsers.authentication(officer)))).andReturn().getResponse();
        assertThat(unconfirmed.getStatus()).isEqualTo(400);
        assertThat(unconfirmed.getContentAsString()).contains("error-summary", "Vink de bevestiging aan");
        assertThat(audits(DemoTenants.MAASOEVER)).isEqualTo(before);

        MockHttpServletResponse confirmed = mvc.perform(post("/beheer/bewaartermijnen/uitvoeren").param("bevestig", "ja")
                .with(csrf()).with(authentication(TestUsers.authentication(officer)))).andReturn().getResponse();
        assertThat(confirmed.getStatus()).isEqualTo(302);
        assertThat(audits(DemoTenants.MAASOEVER)).isEqualTo(before + 1);
        assertThat(jdbc.sql("select actor_id from audit_event where action = 'RETENTION_RUN' and municipality_id = ?"
                + " order by seq desc limit 1").param(DemoTenants.MAASOEVER.value()).query(UUID.class).single())
                .isEqualTo(officer.accountId());
        assertThat(exists(noConcernPast)).as("another municipality's concern").isTrue();
    }

    private Map<String, RetentionRule> mine(RetentionReport report) {
        Set<String> references = Set.of(noConcernPast.reference(), noConcernShort.reference(), advicePast.reference(),
                adviceShort.reference(), carePast.reference(), careShort.reference(), handoverPast.reference(),
                handoverShort.reference(), open.reference());
        return report.lines().stream().filter(l -> references.contains(l.reference()))
                .collect(Collectors.toMap(RetentionLine::reference, RetentionLine::rule));
    }

    private boolean exists(ConcernRows.Row row) {
        return rows.count("select count(*) from concern where id = ?", row.id()) == 1;
    }

    private long retentionAudits() {
        return audits(DemoTenants.LINGEDONK);
    }

    private long audits(MunicipalityId municipality) {
        return jdbc.sql("select count(*) from audit_event where action = 'RETENTION_RUN' and municipality_id = ?")
                .param(municipality.value()).query(Long.class).single();
    }
}
