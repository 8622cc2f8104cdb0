package nl.sleutelnet.concern;

import static nl.sleutelnet.concern.ConcernTestSupport.advice;
import static nl.sleutelnet.concern.ConcernTestSupport.as;
import static nl.sleutelnet.concern.ConcernTestSupport.concern;
import static nl.sleutelnet.concern.ConcernTestSupport.handler;
import static nl.sleutelnet.concern.ConcernTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.agreement.AgreementTestSupport;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.network.ContactChannel;
import nl.sleutelnet.network.KeyFigureDraft;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.network.RoleType;
import nl.sleutelnet.portal.PortalFixtures;
import nl.sleutelnet.shared.ConcurrentChangeException;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.shared.WorkingDays;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The handling of a concern through the service: every allowed step and every forbidden one, four
 * eyes, feedback deadlines, encryption at rest, audited reads, and notices without content.
 */
@SleutelnetTest
class HandlingAConcernTests {

    private static final MunicipalityId HERE = DemoTenants.LINGEDONK;
    private static final AtomicInteger MAIL = new AtomicInteger();

    @Autowired
    ConcernHandling service;

    @Autowired
    ConcernIntake intake;

    @Autowired
    ReporterConcerns reporting;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GreenMail greenMail;

    @Autowired
    Clock clock;

    private final SleutelnetUser first = handler(HERE);
    private final SleutelnetUser second = handler(HERE);

    @Test
    void aConcernGoesAllTheWayWithFeedbackAtEveryStepTheReporterCanSee() {
        KeyFigureId reporter = AgreementTestSupport.newKeyFigure(keyFigures, HERE, "Melder");
        SleutelnetUser reporterUser = keyFigureUser(reporter);
        LocalDate today = LocalDate.now(clock);
        ConcernId id = as(reporterUser, HERE, () -> intake.raise(reporter, concern("Hij deelt filmpjes in de appgroep.")));

        Concern received = find(id);
        assertThat(received.status()).isEqualTo(ConcernStatus.RECEIVED);
        assertThat(received.reference()).matches("ZM-\\d{4}-\\d{4,}");
        assertThat(received.feedbackDueOn()).isEqualTo(WorkingDays.plus(today, 2)).isEqualTo(received.acknowledgeDueOn());
        assertThat(reporterView(reporterUser, reporter, id).messages()).singleElement()
                .satisfies(m -> assertThat(m.standardText()).contains("ontvangen"));

        step(first, id, (s, c) -> s.acknowledge(id, c.version(), "Ik neem contact met u op."));
        Concern acknowledged = find(id);
        assertThat(acknowledged.handler()).isEqualTo(first.accountId());
        assertThat(acknowledged.acknowledgedAt()).isNotNull();
        assertThat(acknowledged.firstStatusAt()).as("the acknowledgement is not yet the first status").isNull();
        assertThat(acknowledged.feedbackDueOn()).isEqualTo(WorkingDays.plus(today, 10));

        step(first, id, (s, c) -> s.startAssessment(id, c.version(), null));
        assertThat(find(id).firstStatusAt()).isNotNull();
        step(first, id, (s, c) -> s.askInformation(id, c.version(), "Sinds wanneer ziet u dit?"));
        assertThat(find(id).feedbackDueOn()).as("the clock stops while the reporter has a question").isNull();
        ReporterConcern asked = reporterView(reporterUser, reporter, id);
        assertThat(asked.status()).isEqualTo(ConcernStatus.INFORMATION_REQUESTED);
        assertThat(asked.questionOpen()).isTrue();
        assertThat(asked.messages()).extracting(ConcernMessage::personalText).contains("Sinds wanneer ziet u dit?");

        run(reporterUser, HERE, () -> reporting.answer(reporter, id, "Sinds de zomer."));
        assertThat(find(id).status()).isEqualTo(ConcernStatus.IN_ASSESSMENT);
        assertThat(find(id).feedbackDueOn()).isEqualTo(WorkingDays.plus(today, 10));

        step(first, id, (s, c) -> s.decide(id, c.version(), Decision.of("NO_CONCERN", "Gesproken met het jongerenwerk.")));
        assertThat(find(id).status()).isEqualTo(ConcernStatus.AWAITING_APPROVAL);
        assertThat(reporterView(reporterUser, reporter, id).status())
                .as("a pending approval is 'being assessed' to the reporter").isEqualTo(ConcernStatus.IN_ASSESSMENT);

        assertThatThrownBy(() -> step(first, id, (s, c) -> s.approve(id, c.version(), null)))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(problemKeys(e))
                        .containsExactly("concern.error.fourEyes"));
        step(second, id, (s, c) -> s.approve(id, c.version(), "Eens."));
        Concern decided = find(id);
        assertThat(decided.status()).isEqualTo(ConcernStatus.NO_CONCERN);
        assertThat(decided.outcomeBy()).isEqualTo(first.accountId());
        assertThat(decided.approvedBy()).isEqualTo(second.accountId());
        assertThat(decided.outcomeRationale()).isEqualTo("Gesproken met het jongerenwerk.");

        step(first, id, (s, c) -> s.close(id, c.version(), null));
        assertThat(find(id).feedbackDueOn()).isNull();
        ReporterConcern closed = reporterView(reporterUser, reporter, id);
        assertThat(closed.canRate()).isTrue();
        assertThat(closed.messages()).filteredOn(m -> !m.fromReporter()).extracting(ConcernMessage::standardText)
                .noneMatch(t -> t.contains("jongerenwerk"));

        run(reporterUser, HERE, () -> reporting.rate(reporter, id, "NOT_SATISFIED"));
        assertThat(find(id).satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
        run(reporterUser, HERE, () -> reporting.requestReopen(reporter, id, "Het gaat nog steeds door."));
        Concern reopened = find(id);
        assertThat(reopened.status()).isEqualTo(ConcernStatus.IN_ASSESSMENT);
        assertThat(reopened.reopenedCount()).isEqualTo(1);
        assertThat(reopened.outcome()).isNull();
        assertThat(reopened.satisfaction()).isNull();
        assertThat(reopened.feedbackDueOn()).isEqualTo(WorkingDays.plus(today, 2));

        List<ConcernMessage> messages = as(first, HERE, () -> service.open(id)).messages();
        assertThat(messages).extracting(ConcernMessage::kind).containsExactly(MessageKind.STATUS, MessageKind.STATUS,
                MessageKind.STATUS, MessageKind.QUESTION, MessageKind.ANSWER, MessageKind.STATUS, MessageKind.STATUS,
                MessageKind.REOPEN_REQUEST, MessageKind.STATUS);
        assertThat(messages.get(1).onTime()).as("acknowledged in time").isTrue();
        assertThat(messages.get(1).dueOn()).isEqualTo(WorkingDays.plus(today, 2));
    }

    @Test
    void everyStepWorksOnlyFromTheStatesTheWorkflowAllows() {
        Map<String, Set<ConcernStatus>> allowed = new LinkedHashMap<>();
        allowed.put("acknowledge", EnumSet.of(ConcernStatus.RECEIVED));
        allowed.put("startAssessment", EnumSet.of(ConcernStatus.ACKNOWLEDGED));
        allowed.put("askInformation", EnumSet.of(ConcernStatus.IN_ASSESSMENT));
        allowed.put("resumeAssessment", EnumSet.of(ConcernStatus.INFORMATION_REQUESTED));
        allowed.put("sendStatus", EnumSet.complementOf(EnumSet.of(ConcernStatus.RECEIVED, ConcernStatus.CLOSED)));
        allowed.put("decideCareRoute", EnumSet.of(ConcernStatus.IN_ASSESSMENT));
        allowed.put("approve", EnumSet.of(ConcernStatus.AWAITING_APPROVAL));
        allowed.put("refuseApproval", EnumSet.of(ConcernStatus.AWAITING_APPROVAL));
        allowed.put("close", EnumSet.of(ConcernStatus.NO_CONCERN, ConcernStatus.CARE_ROUTE, ConcernStatus.HANDED_OVER,
                ConcernStatus.ADVICE_GIVEN));
        allowed.put("answer", EnumSet.of(ConcernStatus.INFORMATION_REQUESTED));
        allowed.put("rate", EnumSet.of(ConcernStatus.CLOSED));
        allowed.put("requestReopen", EnumSet.of(ConcernStatus.CLOSED));

        KeyFigureId reporter = AgreementTestSupport.newKeyFigure(keyFigures, HERE, "Stappen");
        SleutelnetUser reporterUser = keyFigureUser(reporter);
        List<String> wrong = new ArrayList<>();
        for (ConcernStatus status : ConcernStatus.values()) {
            for (Map.Entry<String, Set<ConcernStatus>> action : allowed.entrySet()) {
                ConcernId id = reach(status, reporter);
                Concern before = find(id);
                boolean done;
                try {
                    perform(action.getKey(), id, reporter, reporterUser);
                    done = true;
                } catch (InvalidInputException e) {
                    done = false;
                    assertThat(problemKeys(e)).as(action.getKey() + " from " + status).isNotEmpty();
                    Concern after = find(id);
                    assertThat(after.status()).isEqualTo(before.status());
                    assertThat(after.version()).as("a refused step changes nothing").isEqualTo(before.version());
                }
                if (done != action.getValue().contains(status)) {
                    wrong.add(action.getKey() + " from " + status + (done ? " was done" : " was refused"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theProposerCannotApproveAndTheDatabaseSaysTheSame() {
        ConcernId id = reach(ConcernStatus.AWAITING_APPROVAL, AgreementTestSupport.newKeyFigure(keyFigures, HERE, "Vier"));
        assertThatThrownBy(() -> step(first, id, (s, c) -> s.approve(id, c.version(), null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(find(id).status()).isEqualTo(ConcernStatus.AWAITING_APPROVAL);
        assertThatThrownBy(() -> CurrentTenant.callAs(HERE, () -> jdbc.sql(
                "update concern set approved_by = outcome_by, status = 'NO_CONCERN' where id = ?")
                .param(id.value()).update())).hasMessageContaining("check");

        step(second, id, (s, c) -> s.refuseApproval(id, c.version(), "Eerst nog met de school praten."));
        Concern back = find(id);
        assertThat(back.status()).isEqualTo(ConcernStatus.IN_ASSESSMENT);
        assertThat(back.outcome()).isNull();
        assertThat(back.outcomeRationale()).isNull();
        List<ConcernEvent> events = as(first, HERE, () -> service.open(id)).events();
        assertThat(events).last().satisfies(e -> {
            assertThat(e.note()).isEqualTo("Eerst nog met de school praten.");
            assertThat(e.actor()).isEqualTo(second.accountId());
        });
    }

    @Test
    void aHandoverKeepsOnlyItsMetadataAndWaitsForApproval() {
        ConcernId id = reach(ConcernStatus.IN_ASSESSMENT, AgreementTestSupport.newKeyFigure(keyFigures, HERE, "Over"));
        Decision incomplete = new Decision("HANDED_OVER", "Zorgen over online contacten.", null, null, "morgen",
                "Jan Jansen");
        assertThatThrownBy(() -> step(first, id, (s, c) -> s.decide(id, c.version(), incomplete)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problemFields(e)).containsExactlyInAnyOrder("ontvanger", "grondslag",
                        "overdrachtsdatum", "kenmerk"));
        assertThat(find(id).status()).isEqualTo(ConcernStatus.IN_ASSESSMENT);

        LocalDate today = LocalDate.now(clock);
        step(first, id, (s, c) -> s.decide(id, c.version(), new Decision("HANDED_OVER", "Zorgen over online contacten.",
                "SAFETY_HOUSE", "SAFETY_HOUSE_COVENANT", today.toString(), "ZVH-2026/0042")));
        assertThat(find(id).handover()).isEqualTo(new Handover(Receiver.SAFETY_HOUSE, LegalBasis.SAFETY_HOUSE_COVENANT,
                today, "ZVH-2026/0042"));
        step(second, id, (s, c) -> s.approve(id, c.version(), null));
        assertThat(find(id).status()).isEqualTo(ConcernStatus.HANDED_OVER);

        ConcernId refused = reach(ConcernStatus.IN_ASSESSMENT, AgreementTestSupport.newKeyFigure(keyFigures, HERE, "Niet"));
        step(first, refused, (s, c) -> s.decide(refused, c.version(), new Decision("HANDED_OVER", "Weegploeg.",
                "TRIAGE_TEAM", "PUBLIC_TASK", null, null)));
        step(second, refused, (s, c) -> s.refuseApproval(refused, c.version(), "Nog niet."));
        assertThat(find(refused).handover()).as("a refused handover leaves no metadata").isNull();
    }

    @Test
    void anonymousAdviceRefersToNoPersonAndCannotBeHandedOver() {
        KeyFigureId reporter = AgreementTestSupport.newKeyFigure(keyFigures, HERE, "Advies");
        ConcernDraft withPerson = new ConcernDraft("ADVICE", "AGE_12_17", null, "Hoe ga ik hiermee om?", null, null,
                null, null, null, "PORTAL_ONLY");
        long before = concernRows();
        assertThatThrownBy(() -> as(first, HERE, () -> intake.recordFor(reporter, withPerson)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problemKeys(e)).contains("concern.error.adviceWithoutPerson"));
        assertThat(concernRows()).isEqualTo(before);

        ConcernId id = as(first, HERE, () -> intake.recordFor(reporter, advice("Hoe ga ik hiermee om?")));
        step(first, id, (s, c) -> s.acknowledge(id, c.version(), null));
        step(first, id, (s, c) -> s.startAssessment(id, c.version(), null));
        for (String outcome : List.of("HANDED_OVER", "CARE_ROUTE")) {
            assertThatThrownBy(() -> step(first, id, (s, c) -> s.decide(id, c.version(), new Decision(outcome,
                    "Reden.", "POLICE", "PUBLIC_TASK", null, null)))).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(problemKeys(e)).contains("concern.error.outcomeForKind"));
        }
        step(first, id, (s, c) -> s.decide(id, c.version(), Decision.of("ADVICE_GIVEN", "Tips gegeven.")));
        Concern done = find(id);
        assertThat(done.status()).isEqualTo(ConcernStatus.ADVICE_GIVEN);
        assertThat(done.ageBand()).isNull();
        assertThat(done.areaCode()).isNull();
    }

    @Test
    void badIntakeIsRefusedFieldByFieldAndStoresNothing() {
        KeyFigureId reporter = AgreementTestSupport.newKeyFigure(keyFigures, HERE, "Fout");
        Map<ConcernDraft, String> cases = new LinkedHashMap<>();
        cases.put(new ConcernDraft(null, "AGE_18_23", null, "Feiten.", null, "OWN_OBSERVATION", null, null, null,
                "PORTAL_ONLY"), "soort");
        cases.put(new ConcernDraft("CONCERN", "AGE_18_23", null, "  ", null, "OWN_OBSERVATION", null, null, null,
                "PORTAL_ONLY"), "feiten");
        cases.put(new ConcernDraft("CONCERN", "OLD", null, "Feiten.", null, "OWN_OBSERVATION", null, null, null,
                "PORTAL_ONLY"), "leeftijd");
        cases.put(new ConcernDraft("CONCERN", "AGE_18_23", "WK999999", "Feiten.", null, "OWN_OBSERVATION", null, null,
                null, "PORTAL_ONLY"), "gebied");
        cases.put(new ConcernDraft("CONCERN", "AGE_18_23", null, "Feiten.", null, "TOLD_BY_SOMEONE", null,
                "Fatima (buurvrouw)", null, "PORTAL_ONLY"), "bronToestemming");
        cases.put(new ConcernDraft("CONCERN", "AGE_18_23", null, "Feiten.", null, "OWN_OBSERVATION", "true",
                "Mijn buurvrouw", null, "PORTAL_ONLY"), "bronNaam");
        cases.put(new ConcernDraft("CONCERN", "AGE_18_23", null, "x".repeat(4001), null, "OWN_OBSERVATION", null, null,
                null, "PORTAL_ONLY"), "feiten");
        cases.put(new ConcernDraft("CONCERN", "AGE_18_23", null, "Feiten\u0000.", null, "OWN_OBSERVATION", null, null,
                null, "PORTAL_ONLY"), "feiten");
        cases.put(new ConcernDraft("CONCERN", "AGE_18_23", null, "Feiten.", null, null, null, null, null,
                "PORTAL_ONLY"), "bron");
        cases.put(new ConcernDraft("CONCERN", "AGE_18_23", null, "Feiten.", null, "OWN_OBSERVATION", null, null, null,
                "SMS"), "terugkoppeling");
        long before = concernRows();
        cases.forEach((draft, field) -> assertThatThrownBy(() -> as(first, HERE, () -> intake.recordFor(reporter, draft)))
                .as(field).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problemFields(e)).as(field).contains(field)));
        assertThat(concernRows()).isEqualTo(before);
        assertThat(as(first, HERE, () -> intake.check(cases.keySet().iterator().next()))).isNotEmpty();
    }

    @Test
    void narrativeIsCiphertextInTheDatabase() {
        KeyFigureId reporter = AgreementTestSupport.newKeyFigure(keyFigures, HERE, "Geheim");
        ConcernDraft draft = new ConcernDraft("CONCERN", "AGE_18_23", null, "Zichtbare-feiten-1234",
                "Zichtbare-duiding-1234", "TOLD_BY_SOMEONE", "true", "Zichtbare-bron-1234", "Zichtbare-tegen-1234",
                "PORTAL_ONLY");
        ConcernId id = as(first, HERE, () -> intake.recordFor(reporter, draft));
        step(first, id, (s, c) -> s.acknowledge(id, c.version(), "Zichtbaar-bericht-1234"));
        step(first, id, (s, c) -> s.startAssessment(id, c.version(), null));
        step(first, id, (s, c) -> s.decide(id, c.version(), Decision.of("CARE_ROUTE", "Zichtbare-reden-1234")));
        String stored = CurrentTenant.callAs(HERE, () -> jdbc.sql("""
                select concat_ws('|', facts, interpretation, source_named, counter_signs, outcome_rationale)
                from concern where id = ?""").param(id.value()).query(String.class).single());
        assertThat(stored.split("\\|")).hasSize(5).allSatisfy(v -> assertThat(v).startsWith("v1:"));
        String messages = CurrentTenant.callAs(HERE, () -> jdbc.sql(
                "select string_agg(coalesce(personal_text, ''), '|') from concern_message where concern_id = ?")
                .param(id.value()).query(String.class).single());
        assertThat(stored + messages).doesNotContain("Zichtbare", "Zichtbaar").contains("v1:");
        assertThat(find(id).sourceNamed()).isEqualTo("Zichtbare-bron-1234");
    }

    @Test
    void openingAConcernIsAnAuditedReadAndListingIsNot() {
        ConcernId id = reach(ConcernStatus.RECEIVED, AgreementTestSupport.newKeyFigure(keyFigures, HERE, "Gelezen"));
        long reads = auditReads(id);
        as(first, HERE, () -> service.list(ConcernFilter.open(), new nl.sleutelnet.shared.PageRequest(1, 25)));
        assertThat(auditReads(id)).isEqualTo(reads);
        as(first, HERE, () -> service.open(id));
        assertThat(auditReads(id)).isEqualTo(reads + 1);
        assertThat(CurrentTenant.callAs(HERE, () -> jdbc.sql(
                "select actor_id from audit_event where record_id = ? and action = 'READ' order by seq desc limit 1")
                .param(id.value()).query(UUID.class).single())).isEqualTo(first.accountId());
    }

    @Test
    void nobodyElseFindsTheConcern() {
        KeyFigureId reporter = AgreementTestSupport.newKeyFigure(keyFigures, HERE, "Eigen");
        KeyFigureId other = AgreementTestSupport.newKeyFigure(keyFigures, HERE, "Ander");
        ConcernId id = reach(ConcernStatus.INFORMATION_REQUESTED, reporter);
        SleutelnetUser otherUser = keyFigureUser(other);
        assertThatThrownBy(() -> as(otherUser, HERE, () -> reporting.forReporter(other, id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(otherUser, HERE, () -> reporting.answer(other, id, "Ik weet er meer van.")))
                .isInstanceOf(NotFoundException.class);
        SleutelnetUser elsewhere = handler(DemoTenants.WAALBERGEN);
        assertThatThrownBy(() -> as(elsewhere, DemoTenants.WAALBERGEN, () -> service.open(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(otherUser, HERE, () -> reporting.ofReporter(other))).isEmpty();
        assertThat(as(keyFigureUser(reporter), HERE, () -> reporting.ofReporter(reporter))).singleElement()
                .satisfies(line -> assertThat(line.unread()).isPositive());
    }

    @Test
    void aStaleFormIsAConflictAndALateStatusIsRecordedAsLate() {
        ConcernId id = reach(ConcernStatus.ACKNOWLEDGED, AgreementTestSupport.newKeyFigure(keyFigures, HERE, "Laat"));
        int seen = find(id).version();
        step(first, id, (s, c) -> s.sendStatus(id, c.version(), null));
        assertThatThrownBy(() -> run(first, HERE, () -> service.startAssessment(id, seen, null)))
                .isInstanceOf(ConcurrentChangeException.class);

        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        CurrentTenant.runAs(HERE, () -> jdbc.sql("update concern set feedback_due_on = ? where id = ?")
                .params(yesterday, id.value()).update());
        step(first, id, (s, c) -> s.sendStatus(id, c.version(), "Excuses voor het wachten."));
        List<ConcernMessage> messages = as(first, HERE, () -> service.open(id)).messages();
        assertThat(messages).last().satisfies(m -> {
            assertThat(m.dueOn()).isEqualTo(yesterday);
            assertThat(m.onTime()).isFalse();
            assertThat(m.personalText()).isEqualTo("Excuses voor het wachten.");
        });
    }

    @Test
    void theReporterGetsANoticeWithoutContentIfTheyAskedForEmail() throws Exception {
        String address = "melder" + MAIL.incrementAndGet() + "@zorg.test";
        KeyFigureId reporter = CurrentTenant.callAs(HERE, () -> keyFigures.register(new KeyFigureDraft("Mila", null,
                "Post", address, null, "nl", ContactChannel.EMAIL, List.of(RoleType.CONNECTOR), false, List.of(),
                List.of(), null), KeyFigureStatus.ACTIVE));
        ConcernDraft draft = new ConcernDraft("CONCERN", "AGE_18_23", null, "Geheime-feiten-5678", null,
                "OWN_OBSERVATION", null, null, null, "EMAIL_AND_PORTAL");
        ConcernId id = as(first, HERE, () -> intake.recordFor(reporter, draft));
        step(first, id, (s, c) -> s.acknowledge(id, c.version(), "Persoonlijk-bericht-5678"));
        MimeMessage mail = PortalFixtures.mailTo(greenMail, address);
        String body = GreenMailUtil.getBody(mail);
        String reference = find(id).reference();
        assertThat(mail.getSubject() + body).contains("/portaal").doesNotContain("Geheime-feiten-5678",
                "Persoonlijk-bericht-5678", reference, "behandelaar", "zorg");
        assertThat(mailsEventually(address, 2)).as("receipt and acknowledgement").isEqualTo(2);

        String quiet = "stil" + MAIL.incrementAndGet() + "@zorg.test";
        KeyFigureId portalOnly = CurrentTenant.callAs(HERE, () -> keyFigures.register(new KeyFigureDraft("Stijn", null,
                "Stil", quiet, null, "nl", ContactChannel.EMAIL, List.of(RoleType.CONNECTOR), false, List.of(),
                List.of(), null), KeyFigureStatus.ACTIVE));
        ConcernId silent = as(first, HERE, () -> intake.recordFor(portalOnly, advice("Hoe pak ik dit aan?")));
        step(first, silent, (s, c) -> s.acknowledge(silent, c.version(), null));
        assertThat(PortalFixtures.mailsTo(greenMail, quiet)).as("portal only: no e-mail").isZero();
    }

    // ---------------------------------------------------------------- helpers

    /** A fresh concern of the reporter brought to the given status along the shortest road. */
    private ConcernId reach(ConcernStatus status, KeyFigureId reporter) {
        boolean advice = status == ConcernStatus.ADVICE_GIVEN;
        ConcernId id = as(first, HERE, () -> intake.recordFor(reporter,
                advice ? advice("Een vraag om advies.") : concern("Een zorg om te behandelen.")));
        if (status == ConcernStatus.RECEIVED) {
            return id;
        }
        step(first, id, (s, c) -> s.acknowledge(id, c.version(), null));
        if (status == ConcernStatus.ACKNOWLEDGED) {
            return id;
        }
        step(first, id, (s, c) -> s.startAssessment(id, c.version(), null));
        switch (status) {
            case INFORMATION_REQUESTED -> step(first, id, (s, c) -> s.askInformation(id, c.version(), "Een vraag?"));
            case AWAITING_APPROVAL -> step(first, id, (s, c) -> s.decide(id, c.version(), Decision.of("NO_CONCERN", "R.")));
            case NO_CONCERN -> {
                step(first, id, (s, c) -> s.decide(id, c.version(), Decision.of("NO_CONCERN", "R.")));
                step(second, id, (s, c) -> s.approve(id, c.version(), null));
            }
            case HANDED_OVER -> {
                step(first, id, (s, c) -> s.decide(id, c.version(), new Decision("HANDED_OVER", "R.", "POLICE",
                        "PUBLIC_TASK", null, null)));
                step(second, id, (s, c) -> s.approve(id, c.version(), null));
            }
            case CARE_ROUTE, CLOSED -> step(first, id, (s, c) -> s.decide(id, c.version(), Decision.of("CARE_ROUTE", "R.")));
            case ADVICE_GIVEN -> step(first, id, (s, c) -> s.decide(id, c.version(), Decision.of("ADVICE_GIVEN", "R.")));
            default -> {
            }
        }
        if (status == ConcernStatus.CLOSED) {
            step(first, id, (s, c) -> s.close(id, c.version(), null));
        }
        assertThat(find(id).status()).isEqualTo(status);
        return id;
    }

    private void perform(String action, ConcernId id, KeyFigureId reporter, SleutelnetUser reporterUser) {
        switch (action) {
            case "acknowledge" -> step(first, id, (s, c) -> s.acknowledge(id, c.version(), null));
            case "startAssessment" -> step(first, id, (s, c) -> s.startAssessment(id, c.version(), null));
            case "askInformation" -> step(first, id, (s, c) -> s.askInformation(id, c.version(), "Nog een vraag?"));
            case "resumeAssessment" -> step(first, id, (s, c) -> s.resumeAssessment(id, c.version(), null));
            case "sendStatus" -> step(first, id, (s, c) -> s.sendStatus(id, c.version(), null));
            case "decideCareRoute" -> step(first, id, (s, c) -> s.decide(id, c.version(), Decision.of("CARE_ROUTE", "R.")));
            case "approve" -> step(second, id, (s, c) -> s.approve(id, c.version(), null));
            case "refuseApproval" -> step(second, id, (s, c) -> s.refuseApproval(id, c.version(), "Nee."));
            case "close" -> step(first, id, (s, c) -> s.close(id, c.version(), null));
            case "answer" -> run(reporterUser, HERE, () -> reporting.answer(reporter, id, "Een antwoord."));
            case "rate" -> run(reporterUser, HERE, () -> reporting.rate(reporter, id, "SATISFIED"));
            case "requestReopen" -> run(reporterUser, HERE, () -> reporting.requestReopen(reporter, id, "Graag opnieuw."));
            default -> throw new IllegalArgumentException(action);
        }
    }

    private void step(SleutelnetUser user, ConcernId id, BiConsumer<ConcernHandling, Concern> action) {
        run(user, HERE, () -> action.accept(service, service.find(id)));
    }

    private Concern find(ConcernId id) {
        return as(first, HERE, () -> service.find(id));
    }

    private ReporterConcern reporterView(SleutelnetUser user, KeyFigureId reporter, ConcernId id) {
        return as(user, HERE, () -> reporting.forReporter(reporter, id));
    }

    /** A signed-in portal user; the service takes the key figure's id explicitly, as the portal controllers pass it. */
    private static SleutelnetUser keyFigureUser(KeyFigureId keyFigure) {
        return TestUsers.user(Role.KEY_FIGURE, HERE);
    }

    private int mailsEventually(String address, int expected) throws Exception {
        for (int attempt = 0; attempt < 25 && PortalFixtures.mailsTo(greenMail, address) < expected; attempt++) {
            greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
        }
        return PortalFixtures.mailsTo(greenMail, address);
    }

    private long concernRows() {
        return CurrentTenant.callAs(HERE, () -> jdbc.sql("select count(*) from concern").query(Long.class).single());
    }

    private long auditReads(ConcernId id) {
        return jdbc.sql("select count(*) from audit_event where record_type = 'concern' and record_id = ? and action = 'READ'")
                .param(id.value()).query(Long.class).single();
    }

    private static List<String> problemKeys(Throwable e) {
        return ((InvalidInputException) e).problems().stream().map(FieldProblem::messageKey).toList();
    }

    private static List<String> problemFields(Throwable e) {
        return ((InvalidInputException) e).problems().stream().map(FieldProblem::field).toList();
    }
}
