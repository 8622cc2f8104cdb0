package nl.sleutelnet.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Demo requests and invitations in Maasoever and Waalbergen (demo mode only): a handled
 * correction request of the demo portal key figure, an erasure request, and an invitation
 * that expired unaccepted. Seeded once per municipality.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "sleutelnet.demo.enabled", havingValue = "true")
class PortalDemoData implements ApplicationRunner {

    static final KeyFigureId DEMO_PORTAL_KEY_FIGURE = new KeyFigureId(
            UUID.fromString("00000000-0000-4000-8000-000000000101"));

    private final KeyFigureService keyFigures;
    private final AccountService accounts;
    private final SubjectRequestRows requests;
    private final Invitations invitations;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PortalDemoData(KeyFigureService keyFigures, AccountService accounts, SubjectRequestRows requests,
            Invitations invitations, TransactionTemplate transactions, Clock clock) {
        this.keyFigures = keyFigures;
        this.accounts = accounts;
        this.requests = requests;
        this.invitations = invitations;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (MunicipalityId municipality : List.of(DemoTenants.MAASOEVER, DemoTenants.WAALBERGEN)) {
            CurrentTenant.runAs(municipality, () -> transactions.executeWithoutResult(tx -> seed(municipality)));
        }
    }

    private void seed(MunicipalityId municipality) {
        if (invitations.count(municipality) > 0) {
            return;
        }
        List<KeyFigure> all = keyFigures.search("", new PageRequest(1, 50)).items();
        List<KeyFigure> withoutAccount = all.stream()
                .filter(k -> accounts.keyFigureAccount(municipality, k.id().value()).isEmpty()).toList();
        if (withoutAccount.size() < 3) {
            return;
        }
        UUID coordinator = accounts.staffOf(municipality).stream().filter(s -> s.roles().contains(Role.COORDINATOR))
                .map(StaffMember::id).findFirst().orElse(new UUID(0, 0));
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);

        KeyFigure invited = withoutAccount.stream().filter(k -> k.email() != null
                && PortalInvitations.INVITABLE.contains(k.status())).findFirst().orElse(withoutAccount.get(0));
        // The token of a demo invitation is thrown away: it only shows up as expired in the work list.
        invitations.insert(municipality, UUID.randomUUID(), invited.id(),
                InvitationCode.generate(municipality).hash(), coordinator, now.minus(Duration.ofDays(10)),
                now.minus(Duration.ofDays(3)));

        KeyFigureId corrected = municipality.equals(DemoTenants.MAASOEVER) ? DEMO_PORTAL_KEY_FIGURE
                : withoutAccount.get(1).id();
        UUID correction = UUID.randomUUID();
        requests.insertCorrection(municipality, new CorrectionRequest(correction, corrected,
                List.of(CorrectionRequest.Field.PHONE), "Mijn telefoonnummer is veranderd.",
                now.minus(Duration.ofDays(12)), today.plusDays(18), CorrectionRequest.Status.OPEN, null, null, 0));
        requests.handleCorrection(municipality, correction, 0, CorrectionRequest.Outcome.CORRECTED, coordinator,
                now.minus(Duration.ofDays(9)));
        requests.insertCorrection(municipality, new CorrectionRequest(UUID.randomUUID(), withoutAccount.get(2).id(),
                List.of(CorrectionRequest.Field.AREAS, CorrectionRequest.Field.NETWORK_KINDS), null,
                now.minus(Duration.ofDays(2)), today.plusDays(28), CorrectionRequest.Status.OPEN, null, null, 0));

        KeyFigure ending = all.stream().filter(k -> k.status() == KeyFigureStatus.PAUSED).findFirst()
                .orElse(withoutAccount.get(2));
        requests.insertErasure(municipality, new ErasureRequest(UUID.randomUUID(), ending.id(),
                ErasureRequest.Reason.NO_LONGER_ACTIVE, now.minus(Duration.ofDays(5)), today.plusDays(25),
                ErasureRequest.Status.RECEIVED, null, null, 0));
    }
}
