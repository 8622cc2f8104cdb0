package nl.sleutelnet.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The coordination view's default order by name pages before it counts (fast at national
 * scale); it must give exactly the rows, figures and totals of aggregating the whole period.
 */
@SleutelnetTest
class CoordinationByNameTests {

    static final MunicipalityId M = DemoTenants.MAASOEVER;

    @Autowired
    ApplicationContext context;

    @Autowired
    ContactLoads loads;

    @Autowired
    ContactMoments contacts;

    @Test
    void pages_by_name_equal_the_whole_period_aggregated_and_sorted_by_name() {
        ContactFixtures fixtures = ContactFixtures.of(context);
        SleutelnetUser coordinator = fixtures.demo("coordinator@maasoever.demo");
        SleutelnetUser partner = fixtures.demo("partner@maasoever.demo");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 4; i++) {
            KeyFigureId kf = fixtures.keyFigure(M, "Afstem" + tag + i, KeyFigureStatus.ACTIVE, 30, null, null);
            CurrentTenant.runAs(M, () -> {
                for (int days : new int[] { 1, 10, 40, 400 }) {
                    List<UUID> present = days % 20 == 0 ? List.of(coordinator.accountId(), partner.accountId())
                            : List.of(coordinator.accountId());
                    contacts.insert(M, new ContactMoments.Row(UUID.randomUUID(), kf.value(), today.minusDays(days),
                            "PHONE", List.of("YOUTH"), null, coordinator.accountId(), present));
                }
            });
        }
        for (LocalDate from : new LocalDate[] { today.minusDays(30), today.minusDays(365), today.minusYears(5) }) {
            for (int size : new int[] { 1, 3, 25 }) {
                List<ContactLoads.Row> byName = new ArrayList<>();
                List<ContactLoads.Row> reference = new ArrayList<>();
                long pages = 1;
                for (int page = 1; page <= pages + 1; page++) {
                    PageRequest request = new PageRequest(page, size);
                    Page<ContactLoads.Row> fast = CurrentTenant.callAs(M,
                            () -> loads.inPeriod(M, from, today, ContactLoads.Sort.NAME, request));
                    Page<ContactLoads.Row> whole = CurrentTenant.callAs(M,
                            () -> loads.aggregated(M, from, today, ContactLoads.Sort.NAME, request));
                    assertThat(fast.total()).as("total from " + from + ", page " + page).isEqualTo(whole.total());
                    pages = whole.totalPages();
                    byName.addAll(fast.items());
                    reference.addAll(whole.items());
                }
                assertThat(reference).as("from " + from + ", size " + size).isNotEmpty();
                assertThat(byName).as("from " + from + ", size " + size).isEqualTo(reference);
            }
        }
    }
}
