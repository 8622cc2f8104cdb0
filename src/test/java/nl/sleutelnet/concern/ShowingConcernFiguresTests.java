package nl.sleutelnet.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.Municipalities;

/**
 * Dashboard figures of concerns: computed from a known set of concerns (in Lingedonk, with dates in
 * 2022 and "today" fixed at 15 December 2022, so that no other test's concerns fall in the window),
 * counts only on screen, small numbers suppressed for the region, and only the analyst's own region.
 */
@SleutelnetTest
class ShowingConcernFiguresTests {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final LocalDate TODAY = LocalDate.of(2022, 12, 15);

    @Autowired
    ConcernDashboard dashboard;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void the_figures_match_a_known_set_of_concerns() {
        ConcernFigures before = dashboard.sample(DemoTenants.LINGEDONK, TODAY).figures();
        ConcernRows rows = new ConcernRows(jdbc, DemoTenants.LINGEDONK);
        // Monday → Tuesday: 1 working day to acknowledge; first status Thursday: 3.
        ConcernRows.Row a = rows.insert(ConcernKind.CONCERN, ConcernStatus.CLOSED, Outcome.CARE_ROUTE, at(2022, 3, 7),
                at(2022, 3, 8), at(2022, 3, 10), at(2022, 3, 20), null, Satisfaction.SATISFIED, at(2022, 3, 21));
        // Friday → Tuesday: 2 working days (the weekend does not count); first status Thursday: 4.
        ConcernRows.Row b = rows.insert(ConcernKind.CONCERN, ConcernStatus.CLOSED, Outcome.CARE_ROUTE, at(2022, 3, 11),
                at(2022, 3, 15), at(2022, 3, 17), at(2022, 3, 30), null, Satisfaction.NOT_SATISFIED, at(2022, 4, 2));
        ConcernRows.Row c = rows.insert(ConcernKind.ADVICE, ConcernStatus.CLOSED, Outcome.ADVICE_GIVEN, at(2022, 4, 1),
                at(2022, 4, 5), null, at(2022, 4, 8), null, Satisfaction.PARTLY, at(2022, 4, 10));
        // Open, acknowledged the same day (0), feedback overdue since yesterday.
        ConcernRows.Row d = rows.insert(ConcernKind.CONCERN, ConcernStatus.IN_ASSESSMENT, null, at(2022, 12, 1),
                at(2022, 12, 1), null, null, TODAY.minusDays(1), null, null);
        // Open, not yet acknowledged, due tomorrow.
        rows.insert(ConcernKind.CONCERN, ConcernStatus.RECEIVED, null, at(2022, 12, 12), null, null, null,
                TODAY.plusDays(1), null, null);
        // Before the window: counts nowhere.
        ConcernRows.Row old = rows.insert(ConcernKind.CONCERN, ConcernStatus.CLOSED, Outcome.CARE_ROUTE,
                at(2021, 11, 30), at(2021, 12, 1), at(2021, 12, 2), at(2021, 12, 10), null, Satisfaction.SATISFIED,
                at(2021, 12, 11));
        rows.message(a, at(2022, 3, 8), null, LocalDate.of(2022, 3, 9), true);
        rows.message(b, at(2022, 3, 16), null, LocalDate.of(2022, 3, 15), false);
        rows.message(c, at(2022, 4, 5), null, LocalDate.of(2022, 4, 5), true);
        rows.message(d, at(2022, 12, 1), null, LocalDate.of(2022, 12, 5), true);
        rows.message(old, at(2021, 12, 1), null, LocalDate.of(2021, 12, 2), true);

        ConcernFigures f = dashboard.sample(DemoTenants.LINGEDONK, TODAY).figures();

        assertThat(f.months()).hasSize(12);
        assertThat(f.months().get(0).month()).isEqualTo(YearMonth.of(2022, 1));
        assertThat(f.months().stream().filter(m -> m.total() > 0)
                .collect(Collectors.toMap(m -> m.month().toString(), m -> m.concerns() + "/" + m.advice())))
                .isEqualTo(Map.of("2022-03", "2/0", "2022-04", "0/1", "2022-12", "2/0"));
        assertThat(f.received()).isEqualTo(5);
        assertThat(f.toAcknowledgement()).isEqualTo(new ConcernFigures.Median(1.5, 4));
        assertThat(f.toFirstStatus()).isEqualTo(new ConcernFigures.Median(3.5, 2));
        assertThat(f.feedbackOnTime()).isEqualTo(3);
        assertThat(f.feedbackLate()).isEqualTo(1);
        assertThat(f.overdueNow() - before.overdueNow()).isEqualTo(1);
        assertThat(f.satisfaction()).containsExactlyInAnyOrderEntriesOf(Map.of(Satisfaction.SATISFIED, 1L,
                Satisfaction.PARTLY, 1L, Satisfaction.NOT_SATISFIED, 1L));
        assertThat(f.openByStatus().get(ConcernStatus.IN_ASSESSMENT)
                - before.openByStatus().get(ConcernStatus.IN_ASSESSMENT)).isEqualTo(1);
        assertThat(f.openByStatus().get(ConcernStatus.RECEIVED) - before.openByStatus().get(ConcernStatus.RECEIVED))
                .isEqualTo(1);
        assertThat(f.openByStatus()).doesNotContainKey(ConcernStatus.CLOSED);
        assertThat(before.feedbackOnTime() + before.feedbackLate() + before.received()).isZero();
    }

    @Test
    void the_region_adds_up_its_municipalities() {
        ConcernRows rows = new ConcernRows(jdbc, DemoTenants.WAALBERGEN);
        for (int i = 0; i < 6; i++) {
            rows.insert(ConcernKind.CONCERN, ConcernStatus.CLOSED, Outcome.CARE_ROUTE, at(2023, 5, 2 + i),
                    at(2023, 5, 9 + i), null, at(2023, 5, 30), null, null, null);
        }

        RegionFigures region = dashboard.region(DemoTenants.REGION, LocalDate.of(2023, 6, 30));

        assertThat(region.municipalities()).extracting(RegionFigures.Local::municipality)
                .containsExactlyInAnyOrder("Maasoever (demo)", "Waalbergen (demo)", "Lingedonk (demo)");
        assertThat(region.total().received()).isEqualTo(region.municipalities().stream()
                .mapToLong(l -> l.figures().received()).sum());
        ConcernFigures waalbergen = region.municipalities().stream().filter(l -> l.municipality().equals("Waalbergen (demo)"))
                .findFirst().orElseThrow().figures();
        assertThat(waalbergen.received()).isEqualTo(6);
        assertThat(waalbergen.toAcknowledgement().basis()).isEqualTo(6);
    }

    @Test
    void an_analyst_sees_the_municipalities_of_their_own_region_only_with_small_numbers_suppressed() throws Exception {
        // The region comes from the analyst's account, never from the request.
        MockHttpServletResponse page = mvc.perform(get("/regio/zorgmeldingen/cijfers")
                .param("regio", UUID.randomUUID().toString())
                .with(TestUsers.as(Role.ANALYST, DemoTenants.MAASOEVER))).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        String regionName = jdbc.sql("select name from region where id = ?").param(DemoTenants.REGION.value())
                .query(String.class).single();
        assertThat(html).contains(regionName, "Regio totaal", "&lt; 5").doesNotContainPattern("ZM-\\d{4}-\\d+");
        assertThat(html.split("<th scope=\"row\">", -1)).hasSize(1 + 2 * (3 + 1));
        for (String name : jdbc.sql("select name from municipality where region_id = ?")
                .param(DemoTenants.REGION.value()).query(String.class).list()) {
            assertThat(html).contains(name);
        }
    }

    @Test
    void handlers_and_coordinators_see_counts_of_their_own_municipality_and_no_concern() throws Exception {
        for (Role role : new Role[] { Role.COORDINATOR, Role.CONCERN_HANDLER }) {
            MockHttpServletResponse page = mvc.perform(get("/zorgmeldingen/cijfers")
                    .with(TestUsers.as(role, DemoTenants.MAASOEVER))).andReturn().getResponse();
            assertThat(page.getStatus()).as(role.name()).isEqualTo(200);
            assertThat(page.getContentAsString()).contains("Cijfers zorgmeldingen", "<caption")
                    .doesNotContainPattern("ZM-\\d{4}-\\d+").doesNotContain("/zorgmeldingen/0", "&lt; 5");
        }
        MockHttpServletResponse api = mvc.perform(get("/api/v1/zorgmeldingen/cijfers")
                .with(TestUsers.as(Role.COORDINATOR, DemoTenants.MAASOEVER))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(api.getContentAsString()).contains("\"maanden\"", "\"totBevestiging\"")
                .doesNotContainPattern("ZM-\\d{4}-\\d+").doesNotContain("kenmerk");
    }

    @Test
    void the_regional_view_keeps_each_municipality_s_figures_for_the_refresh_period_and_says_since_when(
            @Autowired ConcernStatistics statistics, @Autowired Municipalities municipalities,
            @Autowired TransactionTemplate transactions, @Autowired ConcernProperties properties) {
        Instant start = at(2020, 10, 1);
        Clock[] now = { Clock.fixed(start, ZONE) };
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZONE;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return now[0].instant();
            }
        };
        ConcernDashboard regional = new ConcernDashboard(statistics, municipalities, transactions, properties, clock);
        LocalDate day = LocalDate.of(2020, 9, 30);
        for (var municipality : List.of(DemoTenants.MAASOEVER, DemoTenants.WAALBERGEN)) {
            new ConcernRows(jdbc, municipality).insert(ConcernKind.CONCERN, ConcernStatus.CLOSED, Outcome.CARE_ROUTE,
                    at(2020, 8, 3), at(2020, 8, 4), null, at(2020, 8, 20), null, null, null);
        }
        RegionFigures first = regional.region(DemoTenants.REGION, day);
        assertThat(first.total().received()).isGreaterThanOrEqualTo(2);
        RegionFigures again = regional.region(DemoTenants.REGION, day);
        assertThat(again.total()).as("a second view adds up the same kept figures").isEqualTo(first.total());
        assertThat(again.municipalities()).isEqualTo(first.municipalities());
        ConcernRows rows = new ConcernRows(jdbc, DemoTenants.LINGEDONK);
        for (int i = 0; i < 6; i++) {
            rows.insert(ConcernKind.CONCERN, ConcernStatus.CLOSED, Outcome.CARE_ROUTE, at(2020, 9, 1 + i),
                    at(2020, 9, 8 + i), null, at(2020, 9, 29), null, null, null);
        }

        now[0] = Clock.offset(Clock.fixed(start, ZONE), properties.regionFiguresRefresh().minusSeconds(1));
        RegionFigures kept = regional.region(DemoTenants.REGION, day);
        assertThat(kept.total().received()).as("kept").isEqualTo(first.total().received());
        assertThat(kept.asOf()).isEqualTo(start);

        now[0] = Clock.offset(Clock.fixed(start, ZONE), properties.regionFiguresRefresh());
        RegionFigures fresh = regional.region(DemoTenants.REGION, day);
        assertThat(fresh.total().received()).as("computed again").isEqualTo(first.total().received() + 6);
        assertThat(fresh.asOf()).isEqualTo(start.plus(properties.regionFiguresRefresh()));
        assertThat(regional.region(DemoTenants.REGION, day.plusDays(1)).asOf())
                .as("another day is computed at once").isEqualTo(start.plus(properties.regionFiguresRefresh()));
    }

    @Test
    void the_own_figures_are_kept_until_a_concern_or_message_changes_on_any_instance(
            @Autowired ConcernStatistics statistics, @Autowired Municipalities municipalities,
            @Autowired TransactionTemplate transactions, @Autowired ConcernProperties properties) {
        // "Today" in June 2019: no other test has concerns in this window.
        Clock clock = Clock.fixed(at(2019, 6, 14), ZONE);
        ConcernDashboard one = new ConcernDashboard(statistics, municipalities, transactions, properties, clock);
        ConcernDashboard other = new ConcernDashboard(statistics, municipalities, transactions, properties, clock);
        ConcernRows rows = new ConcernRows(jdbc, DemoTenants.LINGEDONK);
        ConcernFigures before = ownOf(one);
        assertThat(ownOf(one)).as("unchanged: the kept figures").isSameAs(before);
        assertThat(ownOf(other)).isEqualTo(before);

        ConcernRows.Row added = rows.insert(ConcernKind.CONCERN, ConcernStatus.CLOSED, Outcome.CARE_ROUTE,
                at(2019, 5, 6), at(2019, 5, 7), null, at(2019, 5, 20), null, null, null);
        ConcernFigures afterInsert = ownOf(one);
        assertThat(afterInsert.received()).isEqualTo(before.received() + 1);
        assertThat(ownOf(other).received()).as("the other instance sees it too").isEqualTo(afterInsert.received());

        rows.message(added, at(2019, 5, 7), null, LocalDate.of(2019, 5, 8), true);
        assertThat(ownOf(other).feedbackOnTime()).as("a message").isEqualTo(before.feedbackOnTime() + 1);

        CurrentTenant.runAs(DemoTenants.LINGEDONK, () -> jdbc.sql("""
                update concern set satisfaction = 'SATISFIED', satisfaction_at = ? where municipality_id = ? and id = ?""")
                .params(java.sql.Timestamp.from(at(2019, 5, 21)), DemoTenants.LINGEDONK.value(), added.id()).update());
        assertThat(ownOf(one).satisfaction().get(Satisfaction.SATISFIED)).as("an update")
                .isEqualTo(before.satisfaction().get(Satisfaction.SATISFIED) + 1);

        CurrentTenant.runAs(DemoTenants.LINGEDONK, () -> {
            jdbc.sql("delete from concern_message where municipality_id = ? and concern_id = ?")
                    .params(DemoTenants.LINGEDONK.value(), added.id()).update();
            jdbc.sql("delete from concern where municipality_id = ? and id = ?")
                    .params(DemoTenants.LINGEDONK.value(), added.id()).update();
        });
        assertThat(ownOf(other)).as("a deletion: back to the figures before").isEqualTo(before);
    }

    private static ConcernFigures ownOf(ConcernDashboard dashboard) {
        return CurrentTenant.callAs(DemoTenants.LINGEDONK, dashboard::own);
    }

    private static Instant at(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 10, 0).atZone(ZONE).toInstant();
    }
}
