package nl.sleutelnet.reciprocity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureSearch;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Demo ledger items (demo mode only, once per municipality): for the portal key figure in
 * Maasoever a done training, a grant in progress and an open request; a few items elsewhere.
 */
@Component
@Order(31)
@ConditionalOnProperty(name = "sleutelnet.demo.enabled", havingValue = "true")
class ReciprocityDemoData implements ApplicationRunner {

    private static final KeyFigureId PORTAL_KEY_FIGURE =
            new KeyFigureId(UUID.fromString("00000000-0000-4000-8000-000000000101"));

    private final ReciprocityService service;
    private final ReciprocityItems items;
    private final KeyFigureService keyFigures;
    private final AccountService accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReciprocityDemoData(ReciprocityService service, ReciprocityItems items, KeyFigureService keyFigures,
            AccountService accounts, TransactionTemplate transactions, Clock clock) {
        this.service = service;
        this.items = items;
        this.keyFigures = keyFigures;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (MunicipalityId municipality : DemoTenants.MUNICIPALITIES) {
            CurrentTenant.runAs(municipality, () -> transactions.executeWithoutResult(tx -> seed(municipality)));
        }
    }

    private void seed(MunicipalityId municipality) {
        if (items.count(municipality) > 0) {
            return;
        }
        List<StaffMember> staff = accounts.staffOf(municipality);
        List<KeyFigure> active = keyFigures.search(new KeyFigureSearch(null, null, null, null, KeyFigureStatus.ACTIVE,
                null, false, null, null), new PageRequest(1, 5)).items();
        if (staff.isEmpty() || active.isEmpty()) {
            return;
        }
        UUID author = staff.get(0).id();
        LocalDate today = LocalDate.now(clock);
        KeyFigureId first = municipality.equals(DemoTenants.MAASOEVER) ? PORTAL_KEY_FIGURE : active.get(0).id();
        add(first, Direction.MUNICIPALITY_OFFERED, ItemKind.TRAINING, "Training gespreksvaardigheden",
                null, null, ItemStatus.DONE, "U heeft de training gevolgd; het certificaat ligt klaar bij uw contactpersoon.",
                today.minusDays(90), false, author);
        add(first, Direction.KEY_FIGURE_ASKED, ItemKind.SMALL_GRANT, "Bijdrage buurtmaaltijd",
                "Voor boodschappen voor de buurtmaaltijd in het wijkcentrum.", new BigDecimal("250.00"),
                ItemStatus.IN_PROGRESS, null, today.minusDays(20), false, author);
        add(first, Direction.KEY_FIGURE_ASKED, ItemKind.ACTIVITY_SUPPORT, "Zaal voor een ouderavond",
                "Een zaal voor ongeveer 30 ouders, op een doordeweekse avond.", null, ItemStatus.REQUESTED, null,
                today.minusDays(2), true, author);
        if (active.size() > 1) {
            add(active.get(1).id(), Direction.MUNICIPALITY_OFFERED, ItemKind.INVITATION,
                    "Uitnodiging nieuwjaarsbijeenkomst", null, null, ItemStatus.OFFERED, null, today.minusDays(7), false,
                    author);
        }
    }

    private void add(KeyFigureId keyFigure, Direction direction, ItemKind kind, String title, String explanation,
            BigDecimal amount, ItemStatus status, String outcome, LocalDate openedOn, boolean fromPortal, UUID author) {
        ReciprocityItem fresh = service.newItem(keyFigure, direction, kind, title, explanation, amount, openedOn,
                fromPortal);
        ReciprocityItem item = new ReciprocityItem(fresh.id(), keyFigure, direction, kind, title, explanation, amount,
                status, outcome, openedOn, status.closed() ? openedOn.plusDays(14) : null, fromPortal,
                fresh.createdAt(), fresh.updatedAt(), 0);
        items.insert(CurrentTenant.require(), item, author);
    }
}
