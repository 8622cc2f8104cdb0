package nl.sleutelnet.agreement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureSearch;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.network.RoleType;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Demo agreements (demo mode only, once per municipality): in Maasoever the portal key figure
 * has two accepted versions, one key figure's version waits for acceptance for three weeks and
 * one is due for review; the other municipalities get one accepted agreement each.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "sleutelnet.demo.enabled", havingValue = "true")
class AgreementDemoData implements ApplicationRunner {

    static final KeyFigureId PORTAL_KEY_FIGURE = new KeyFigureId(UUID.fromString("00000000-0000-4000-8000-000000000101"));
    /** Demo municipalities with a single member of staff get a colleague, so contact person and backup differ. */
    private static final String DEMO_PASSWORD = "Demo-Sleutelnet-2026";

    private final AgreementService service;
    private final Agreements agreements;
    private final KeyFigureService keyFigures;
    private final AccountService accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AgreementDemoData(AgreementService service, Agreements agreements, KeyFigureService keyFigures,
            AccountService accounts, TransactionTemplate transactions, Clock clock) {
        this.service = service;
        this.agreements = agreements;
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
        if (agreements.count(municipality) > 0) {
            return;
        }
        List<UUID> staff = contactStaff(municipality);
        List<KeyFigure> active = keyFigures.search(new KeyFigureSearch(null, null, null, null, KeyFigureStatus.ACTIVE,
                null, false, null, null), new PageRequest(1, 10)).items().stream()
                .filter(k -> !k.id().equals(PORTAL_KEY_FIGURE)).toList();
        if (staff.size() < 2 || active.size() < 3) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        UUID coordinator = staff.get(0);
        if (municipality.equals(DemoTenants.MAASOEVER)) {
            KeyFigureId portal = PORTAL_KEY_FIGURE;
            record(portal, staff, 28, today.plusMonths(1), now.minus(Duration.ofDays(400)), true);
            record(portal, staff, 28, today.plusMonths(11), now.minus(Duration.ofDays(30)), true);
            record(active.get(0).id(), staff, 42, today.plusMonths(12), now.minus(Duration.ofDays(21)), false);
        } else {
            record(active.get(0).id(), staff, 56, today.plusMonths(10), now.minus(Duration.ofDays(60)), true);
        }
        record(active.get(1).id(), staff, 84, today.plusDays(10), now.minus(Duration.ofDays(355)), true);
        record(active.get(2).id(), List.of(staff.get(1), coordinator), 28, today.plusMonths(6),
                now.minus(Duration.ofDays(3)), false);
    }

    private void record(KeyFigureId keyFigure, List<UUID> staff, int cadence, LocalDate review, Instant at,
            boolean accepted) {
        KeyFigure k = keyFigures.find(keyFigure);
        String language = AgreementService.language(k.preferredLanguage());
        AgreementTexts texts = service.template(language).texts();
        AgreementDraft draft = new AgreementDraft(language,
                k.roleTypes().isEmpty() ? EnumSet.of(RoleType.CONNECTOR) : EnumSet.copyOf(k.roleTypes()),
                texts.municipalityExpectations(), texts.keyFigureExpectations(), cadence, staff.get(0), staff.get(1),
                review);
        Agreement created = service.insert(keyFigure, draft, staff.get(0), at);
        if (accepted) {
            agreements.accept(CurrentTenant.require(), keyFigure, created.version(), at.plus(Duration.ofDays(2)));
        }
    }

    private List<UUID> contactStaff(MunicipalityId municipality) {
        List<UUID> staff = new ArrayList<>(service.contactStaff().stream()
                .sorted((a, b) -> Boolean.compare(!a.roles().contains(Role.COORDINATOR),
                        !b.roles().contains(Role.COORDINATOR)))
                .map(StaffMember::id).toList());
        if (staff.size() == 1) {
            String place = municipality.equals(DemoTenants.WAALBERGEN) ? "waalbergen" : "lingedonk";
            String username = "wijkteam@" + place + ".demo";
            if (!accounts.exists(username)) {
                staff.add(accounts.createStaff(municipality, username, "Bas Vermeulen (wijkteam)", DEMO_PASSWORD,
                        EnumSet.of(Role.CONCERN_HANDLER)));
            }
        }
        return staff;
    }
}
