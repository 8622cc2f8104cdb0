package nl.sleutelnet.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
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
 * The API list counts only a bounded stretch past the requested page; the rows and their order
 * are the same as with an exact count, and the total is exact whenever the end is within reach.
 */
@SleutelnetTest
class PagingThroughManyContactsTests {

    static final MunicipalityId M = DemoTenants.MAASOEVER;

    @Autowired
    ApplicationContext context;

    @Autowired
    ContactMoments contacts;

    KeyFigureId keyFigure;
    ContactMoments.Filter filter;

    @BeforeEach
    void setUp() {
        ContactFixtures fixtures = ContactFixtures.of(context);
        SleutelnetUser coordinator = fixtures.demo("coordinator@maasoever.demo");
        keyFigure = fixtures.keyFigure(M, "Veelcontact", KeyFigureStatus.ACTIVE, 30, null, coordinator.accountId());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        CurrentTenant.runAs(M, () -> {
            // Two on the same day: the order then falls back to created_at and id.
            for (int days : new int[] { 3, 1, 1, 7, 5, 2, 9 }) {
                contacts.insert(M, new ContactMoments.Row(UUID.randomUUID(), keyFigure.value(), today.minusDays(days),
                        "PHONE", List.of("YOUTH"), null, coordinator.accountId(), List.of(coordinator.accountId())));
            }
        });
        filter = new ContactMoments.Filter(keyFigure.value(), null, null, null);
    }

    @Test
    void pages_hold_the_same_rows_in_the_same_order_as_with_an_exact_count() {
        for (int size = 1; size <= 4; size++) {
            List<UUID> exact = new ArrayList<>();
            List<UUID> ahead = new ArrayList<>();
            for (int page = 1; page <= 8 / size + 1; page++) {
                PageRequest request = new PageRequest(page, size);
                exact.addAll(ids(search(request, 0)));
                ahead.addAll(ids(search(request, 2)));
            }
            assertThat(ahead).as("page size " + size).hasSize(7).isEqualTo(exact);
        }
    }

    @Test
    void the_total_is_a_lower_bound_only_while_the_end_is_beyond_the_count() {
        Page<ContactMoments.Row> first = search(new PageRequest(1, 2), 2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(ContactMoments.countStopped(first, 2)).isTrue();

        Page<ContactMoments.Row> last = search(new PageRequest(4, 2), 2);
        assertThat(last.total()).isEqualTo(7);
        assertThat(ContactMoments.countStopped(last, 2)).isFalse();

        Page<ContactMoments.Row> exact = search(new PageRequest(1, 2), 0);
        assertThat(exact.total()).isEqualTo(7);
        assertThat(ContactMoments.countStopped(exact, 0)).isFalse();
        // Counting stops at offset + countAhead + 1 rows: reaching that many says "at least".
        assertThat(ContactMoments.countStopped(search(new PageRequest(1, 2), 6), 6)).isTrue();
        assertThat(ContactMoments.countStopped(search(new PageRequest(1, 2), 7), 7)).isFalse();
    }

    private Page<ContactMoments.Row> search(PageRequest page, int countAhead) {
        return CurrentTenant.callAs(M, () -> contacts.search(M, filter, null, page, countAhead));
    }

    private static List<UUID> ids(Page<ContactMoments.Row> page) {
        return page.items().stream().map(ContactMoments.Row::id).toList();
    }
}
