package nl.sleutelnet.concern;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.sleutelnet.audit.AuditActor;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
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
 * Demo concerns (demo mode only, once per municipality), made through the services by the demo
 * handlers so that messages, steps and audit entries are real: one closed as "no concern" after a
 * second handler's approval, one with an open question to the reporter, one received and overdue,
 * and one piece of advice given. In Maasoever the reporter is the portal key figure, who raised the
 * overdue one in the portal themselves. Each concern is then moved back in time as a whole
 * (received, steps, messages and deadlines by the same number of days), so that its dates agree
 * with each other and with the demo's start.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "sleutelnet.demo.enabled", havingValue = "true")
class ConcernDemoData implements ApplicationRunner {

    private static final KeyFigureId PORTAL_KEY_FIGURE =
            new KeyFigureId(UUID.fromString("00000000-0000-4000-8000-000000000101"));

    private final ConcernIntake intake;
    private final ConcernHandling handling;
    private final KeyFigureService keyFigures;
    private final AccountService accounts;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    ConcernDemoData(ConcernIntake intake, ConcernHandling handling, KeyFigureService keyFigures,
            AccountService accounts, TransactionTemplate transactions, JdbcClient jdbc) {
        this.intake = intake;
        this.handling = handling;
        this.keyFigures = keyFigures;
        this.accounts = accounts;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (MunicipalityId municipality : List.of(DemoTenants.MAASOEVER, DemoTenants.WAALBERGEN)) {
            CurrentTenant.runAs(municipality, () -> transactions.executeWithoutResult(tx -> seed(municipality)));
        }
    }

    private void seed(MunicipalityId municipality) {
        long existing = jdbc.sql("select count(*) from concern where municipality_id = ?")
                .param(municipality.value()).query(Long.class).single();
        if (existing > 0) {
            return;
        }
        List<UUID> handlers = accounts.staffOf(municipality).stream()
                .filter(s -> s.active() && s.roles().contains(Role.CONCERN_HANDLER)).map(StaffMember::id).toList();
        List<KeyFigure> active = keyFigures.search(new KeyFigureSearch(null, null, null, null, KeyFigureStatus.ACTIVE,
                null, false, null, null), new PageRequest(1, 3)).items();
        if (handlers.isEmpty() || active.isEmpty()) {
            return;
        }
        UUID first = handlers.get(0);
        UUID second = handlers.size() > 1 ? handlers.get(1) : null;
        KeyFigureId reporter = municipality.equals(DemoTenants.MAASOEVER) ? PORTAL_KEY_FIGURE : active.get(0).id();

        if (second != null) {
            ConcernId noConcern = as(first, () -> intake.recordFor(reporter, draft("CONCERN", "AGE_24_39",
                    "Een buurtbewoner heeft zich de laatste maanden teruggetrokken en spreekt niemand meer.",
                    "Ik maakte me zorgen dat hij onder invloed van anderen staat.", "OWN_OBSERVATION",
                    "Hij is net zijn baan kwijtgeraakt.")));
            as(first, () -> step(noConcern, c -> handling.acknowledge(noConcern, c.version(), null)));
            as(first, () -> step(noConcern, c -> handling.startAssessment(noConcern, c.version(), null)));
            as(first, () -> step(noConcern, c -> handling.decide(noConcern, c.version(), Decision.of("NO_CONCERN",
                    "Gesprek met de wijkagent en het jongerenwerk: teruggetrokken door persoonlijke omstandigheden, "
                            + "geen aanwijzingen voor radicalisering. Doorverwezen naar het wijkteam."))));
            as(second, () -> step(noConcern, c -> handling.approve(noConcern, c.version(), null)));
            as(first, () -> step(noConcern, c -> handling.close(noConcern, c.version(), null)));
            backdate(municipality, noConcern, 30);
        }

        ConcernId question = as(first, () -> intake.recordFor(reporter, draft("CONCERN", "AGE_12_17",
                "Twee meiden uit de brugklas zeggen dat een oudere jongen hen online benadert met berichten over "
                        + "'de waarheid' die ze nergens anders horen.",
                null, "TOLD_BY_SOMEONE", null)));
        as(first, () -> step(question, c -> handling.acknowledge(question, c.version(), null)));
        as(first, () -> step(question, c -> handling.startAssessment(question, c.version(), null)));
        as(first, () -> step(question, c -> handling.askInformation(question, c.version(),
                "Weet u via welk platform de berichten binnenkomen? U hoeft geen namen te noemen.")));
        backdate(municipality, question, 12);

        // Raised in the portal by the reporter (if they have an account), so that nobody handles it yet and the
        // history says so; received a week ago and not acknowledged, so the work list shows it overdue.
        ConcernDraft overdue = draft("CONCERN", "AGE_18_23",
                "Een jongere in de buurt deelt de laatste weken in een appgroep filmpjes die geweld verheerlijken en "
                        + "zegt dat 'ze' het verdiend hebben.",
                "Hij lijkt zich sterk af te zetten tegen zijn omgeving.", "TOLD_BY_SOMEONE",
                "Hij gaat nog wel naar school en naar zijn voetbalclub.");
        ConcernId received = accounts.keyFigureAccount(municipality, reporter.value())
                .map(account -> as(new DemoActor(account.id(), AuditActor.Kind.KEY_FIGURE), () -> intake.raise(reporter, overdue)))
                .orElseGet(() -> as(first, () -> intake.recordFor(reporter, overdue)));
        backdate(municipality, received, 7);

        ConcernId advice = as(first, () -> intake.recordFor(reporter, draft("ADVICE", null,
                "Op de sportclub wordt na het nieuws van afgelopen week fel gediscussieerd. Hoe kan ik het gesprek "
                        + "goed begeleiden?",
                null, null, null)));
        as(first, () -> step(advice, c -> handling.acknowledge(advice, c.version(), null)));
        as(first, () -> step(advice, c -> handling.startAssessment(advice, c.version(), null)));
        as(first, () -> step(advice, c -> handling.decide(advice, c.version(), Decision.of("ADVICE_GIVEN",
                "Tips voor een dialoogtafel gegeven; training 'lastige gesprekken' aangeboden."))));
        backdate(municipality, advice, 3);
    }

    /** Moves a demo concern back in time as a whole: every moment and every deadline by the same number of days. */
    private void backdate(MunicipalityId municipality, ConcernId id, int days) {
        jdbc.sql("""
                update concern set received_at = received_at - make_interval(days => ?),
                    acknowledged_at = acknowledged_at - make_interval(days => ?),
                    first_status_at = first_status_at - make_interval(days => ?),
                    closed_at = closed_at - make_interval(days => ?),
                    acknowledge_due_on = acknowledge_due_on - ?, feedback_due_on = feedback_due_on - ?
                where municipality_id = ? and id = ?""")
                .params(days, days, days, days, days, days, municipality.value(), id.value()).update();
        jdbc.sql("""
                update concern_message set created_at = created_at - make_interval(days => ?), due_on = due_on - ?
                where municipality_id = ? and concern_id = ?""")
                .params(days, days, municipality.value(), id.value()).update();
        jdbc.sql("""
                update concern_event set occurred_at = occurred_at - make_interval(days => ?)
                where municipality_id = ? and concern_id = ?""")
                .params(days, municipality.value(), id.value()).update();
    }

    private static ConcernDraft draft(String kind, String ageBand, String facts, String interpretation,
            String sourceKind, String counterSigns) {
        return new ConcernDraft(kind, ageBand, null, facts, interpretation, sourceKind, null, null, counterSigns,
                "EMAIL_AND_PORTAL");
    }

    private Void step(ConcernId id, Consumer<Concern> action) {
        action.accept(handling.find(id));
        return null;
    }

    /** Runs as the given demo handler, so that steps and audit entries name a real account. */
    private static <T> T as(UUID account, java.util.function.Supplier<T> work) {
        return as(new DemoActor(account, AuditActor.Kind.STAFF), work);
    }

    private static <T> T as(AuditActor actor, java.util.function.Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private record DemoActor(UUID actorId, Kind actorKind) implements AuditActor {
    }
}
