package nl.sleutelnet.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;

/** The rules of the {@link Concern} aggregate, without Spring or a database: states, four eyes, deadlines, reopening. */
class ConcernRulesTests {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Concern.Deadlines PERIODS = new Concern.Deadlines(2, 10);
    private static final UUID FIRST = UUID.randomUUID();
    private static final UUID SECOND = UUID.randomUUID();
    private static final UUID REPORTER = UUID.randomUUID();

    @Test
    void everyIntentWorksOnlyFromTheStatesTheWorkflowAllowsAndARefusalChangesNothing() {
        Map<String, BiConsumer<Concern, Concern.Act>> intents = new LinkedHashMap<>();
        intents.put("acknowledge", (c, a) -> c.acknowledge(a, PERIODS, null));
        intents.put("startAssessment", (c, a) -> c.startAssessment(a, PERIODS, null));
        intents.put("askForInformation", (c, a) -> c.askForInformation(a, "Sinds wanneer?"));
        intents.put("resumeAssessment", (c, a) -> c.resumeAssessment(a, PERIODS, null));
        intents.put("sendStatus", (c, a) -> c.sendStatus(a, PERIODS, null));
        intents.put("decideCareRoute", (c, a) -> c.decide(a, PERIODS, Decision.of("CARE_ROUTE", "R.")));
        intents.put("approve", (c, a) -> c.approve(act(SECOND, a.today()), PERIODS, null));
        intents.put("refuseApproval", (c, a) -> c.refuseApproval(a, "Nee."));
        intents.put("close", (c, a) -> c.close(a, null));
        intents.put("answer", (c, a) -> c.answer(act(REPORTER, a.today()), PERIODS, "Een antwoord."));
        intents.put("rate", (c, a) -> c.rate(act(REPORTER, a.today()), "SATISFIED"));
        intents.put("reopen", (c, a) -> c.reopen(act(REPORTER, a.today()), PERIODS, "Graag opnieuw."));
        Map<String, Set<ConcernStatus>> allowed = Map.ofEntries(
                Map.entry("acknowledge", EnumSet.of(ConcernStatus.RECEIVED)),
                Map.entry("startAssessment", EnumSet.of(ConcernStatus.ACKNOWLEDGED)),
                Map.entry("askForInformation", EnumSet.of(ConcernStatus.IN_ASSESSMENT)),
                Map.entry("resumeAssessment", EnumSet.of(ConcernStatus.INFORMATION_REQUESTED)),
                Map.entry("sendStatus", EnumSet.complementOf(EnumSet.of(ConcernStatus.RECEIVED, ConcernStatus.CLOSED))),
                Map.entry("decideCareRoute", EnumSet.of(ConcernStatus.IN_ASSESSMENT)),
                Map.entry("approve", EnumSet.of(ConcernStatus.AWAITING_APPROVAL)),
                Map.entry("refuseApproval", EnumSet.of(ConcernStatus.AWAITING_APPROVAL)),
                Map.entry("close", EnumSet.of(ConcernStatus.NO_CONCERN, ConcernStatus.CARE_ROUTE,
                        ConcernStatus.HANDED_OVER, ConcernStatus.ADVICE_GIVEN)),
                Map.entry("answer", EnumSet.of(ConcernStatus.INFORMATION_REQUESTED)),
                Map.entry("rate", EnumSet.of(ConcernStatus.CLOSED)),
                Map.entry("reopen", EnumSet.of(ConcernStatus.CLOSED)));

        List<String> wrong = new ArrayList<>();
        LocalDate today = LocalDate.of(2026, 12, 2);
        for (ConcernStatus status : ConcernStatus.values()) {
            for (Map.Entry<String, BiConsumer<Concern, Concern.Act>> intent : intents.entrySet()) {
                Concern c = reach(status, today);
                int stepsBefore = c.recordedSteps().size();
                int messagesBefore = c.recordedMessages().size();
                LocalDate dueBefore = c.feedbackDueOn();
                boolean done;
                try {
                    intent.getValue().accept(c, act(FIRST, today));
                    done = true;
                } catch (InvalidInputException e) {
                    done = false;
                    assertThat(c.status()).isEqualTo(status);
                    assertThat(c.recordedSteps()).hasSize(stepsBefore);
                    assertThat(c.recordedMessages()).hasSize(messagesBefore);
                    assertThat(c.feedbackDueOn()).isEqualTo(dueBefore);
                }
                if (done != allowed.get(intent.getKey()).contains(status)) {
                    wrong.add(intent.getKey() + " from " + status + (done ? " was done" : " was refused"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noConcernAndAHandoverWaitForASecondHandlerWhoIsNotTheProposer() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        Concern c = reach(ConcernStatus.IN_ASSESSMENT, today);
        c.decide(act(FIRST, today), PERIODS, new Decision("HANDED_OVER", "Weegploeg.", "TRIAGE_TEAM", "PUBLIC_TASK",
                null, null));
        assertThat(c.status()).isEqualTo(ConcernStatus.AWAITING_APPROVAL);
        assertThat(c.awaitsApproval()).isTrue();
        assertThat(c.recordedMessages()).as("a proposal tells the reporter nothing yet")
                .extracting(Concern.NewMessage::shown).doesNotContain(ConcernStatus.AWAITING_APPROVAL)
                .hasSize(3);
        assertThat(c.handover()).isNotNull();

        assertThatThrownBy(() -> c.approve(act(FIRST, today), PERIODS, null)).satisfies(e -> assertThat(keys(e))
                .containsExactly("concern.error.fourEyes"));
        assertThat(c.status()).isEqualTo(ConcernStatus.AWAITING_APPROVAL);

        c.approve(act(SECOND, today), PERIODS, "Eens.");
        assertThat(c.status()).isEqualTo(ConcernStatus.HANDED_OVER);
        assertThat(c.outcomeBy()).isEqualTo(FIRST);
        assertThat(c.approvedBy()).isEqualTo(SECOND);
        assertThat(c.recordedSteps()).last().satisfies(s -> assertThat(s.note()).isEqualTo("Eens."));
    }

    @Test
    void aRefusedProposalGoesBackWithoutOutcomeOrHandover() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        Concern c = reach(ConcernStatus.IN_ASSESSMENT, today);
        c.decide(act(FIRST, today), PERIODS, new Decision("HANDED_OVER", "Politie.", "POLICE", "PUBLIC_TASK", null,
                null));
        assertThatThrownBy(() -> c.refuseApproval(act(SECOND, today), " ")).satisfies(e -> assertThat(keys(e))
                .containsExactly("concern.error.reasonRequired"));
        c.refuseApproval(act(SECOND, today), "Eerst met de school praten.");
        assertThat(c.status()).isEqualTo(ConcernStatus.IN_ASSESSMENT);
        assertThat(c.outcome()).isNull();
        assertThat(c.outcomeBy()).isNull();
        assertThat(c.handover()).isNull();
        assertThat(c.handoverChanged()).isTrue();
    }

    @Test
    void deadlinesAreWorkingDaysAndStopWhileTheReporterHasAQuestion() {
        // Friday 4 December 2026: the acknowledgement is due on Tuesday.
        LocalDate friday = LocalDate.of(2026, 12, 4);
        Concern c = received(friday);
        assertThat(c.acknowledgeDueOn()).isEqualTo(LocalDate.of(2026, 12, 8)).isEqualTo(c.feedbackDueOn());

        // Acknowledged on Thursday 24 December: ten working days skip Christmas, Boxing Day and New Year's Day.
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);
        c.acknowledge(act(FIRST, christmasEve), PERIODS, null);
        assertThat(c.feedbackDueOn()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(c.recordedMessages()).last().satisfies(m -> {
            assertThat(m.dueOn()).isEqualTo(LocalDate.of(2026, 12, 8));
            assertThat(m.onTime()).as("acknowledged after its deadline").isFalse();
        });
        assertThat(c.firstStatusAt()).as("the acknowledgement is not the first status").isNull();

        LocalDate monday = LocalDate.of(2027, 1, 4);
        c.startAssessment(act(FIRST, monday), PERIODS, null);
        assertThat(c.firstStatusAt()).isNotNull();
        assertThat(c.recordedMessages()).last().satisfies(m -> assertThat(m.onTime()).isTrue());
        c.askForInformation(act(FIRST, monday), "Sinds wanneer?");
        assertThat(c.feedbackDueOn()).as("nothing due while the reporter has a question").isNull();

        c.answer(act(REPORTER, monday), PERIODS, "Sinds de zomer.");
        assertThat(c.status()).isEqualTo(ConcernStatus.IN_ASSESSMENT);
        assertThat(c.feedbackDueOn()).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(c.recordedMessages()).last().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MessageKind.ANSWER);
            assertThat(m.shown()).isEqualTo(ConcernStatus.INFORMATION_REQUESTED);
            assertThat(m.forReporter()).isFalse();
        });
    }

    @Test
    void aClosedConcernReopensOnTheReportersRequestAndMustBeAnsweredWithinTheAcknowledgementPeriod() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        Concern c = reach(ConcernStatus.CLOSED, today);
        c.rate(act(REPORTER, today), "NOT_SATISFIED");
        assertThat(c.satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
        assertThatThrownBy(() -> c.rate(act(REPORTER, today), "SATISFIED")).satisfies(e -> assertThat(keys(e))
                .containsExactly("concern.error.rateNotNow"));
        assertThatThrownBy(() -> c.reopen(act(REPORTER, today), PERIODS, null)).satisfies(e -> assertThat(keys(e))
                .containsExactly("concern.error.reasonRequired"));
        int messages = c.recordedMessages().size();

        LocalDate wednesday = LocalDate.of(2026, 12, 9);
        c.reopen(act(REPORTER, wednesday), PERIODS, "Het gaat nog steeds door.");
        assertThat(c.status()).isEqualTo(ConcernStatus.IN_ASSESSMENT);
        assertThat(c.reopenedCount()).isOne();
        assertThat(c.outcome()).isNull();
        assertThat(c.outcomeRationale()).isNull();
        assertThat(c.closedAt()).isNull();
        assertThat(c.satisfaction()).isNull();
        assertThat(c.feedbackDueOn()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(c.recordedMessages().subList(messages, c.recordedMessages().size()))
                .extracting(Concern.NewMessage::kind, Concern.NewMessage::standard)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MessageKind.REOPEN_REQUEST, null),
                        org.assertj.core.groups.Tuple.tuple(MessageKind.STATUS, StatusTextKey.REOPENED));
        assertThatThrownBy(() -> c.reopen(act(REPORTER, wednesday), PERIODS, "Nog eens."))
                .satisfies(e -> assertThat(keys(e)).containsExactly("concern.error.reopenNotNow"));
    }

    @Test
    void adviceCannotBeHandedOverAndAnOutcomeNeedsARationale() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        Concern advice = Concern.receive(new ConcernId(UUID.randomUUID()), "ZM-2026-0002", ConcernKind.ADVICE,
                new KeyFigureId(UUID.randomUUID()), false, FeedbackChannel.PORTAL_ONLY, null, null, "Hoe?", null, null,
                null, null, act(REPORTER, today), PERIODS);
        advice.acknowledge(act(FIRST, today), PERIODS, null);
        advice.startAssessment(act(FIRST, today), PERIODS, null);
        assertThatThrownBy(() -> advice.decide(act(FIRST, today), PERIODS, new Decision("HANDED_OVER", "R.", "POLICE",
                "PUBLIC_TASK", null, null))).satisfies(e -> assertThat(keys(e)).contains("concern.error.outcomeForKind"));
        assertThatThrownBy(() -> advice.decide(act(FIRST, today), PERIODS, Decision.of("ADVICE_GIVEN", "")))
                .satisfies(e -> assertThat(keys(e)).containsExactly("concern.error.rationaleRequired"));
        advice.decide(act(FIRST, today), PERIODS, Decision.of("ADVICE_GIVEN", "Tips gegeven."));
        assertThat(advice.status()).isEqualTo(ConcernStatus.ADVICE_GIVEN);
    }

    // ---------------------------------------------------------------- helpers

    private static Concern.Act act(UUID by, LocalDate day) {
        return new Concern.Act(by, day.atTime(10, 0).atZone(ZONE).toInstant(), day, ZONE);
    }

    private static Concern received(LocalDate day) {
        return Concern.receive(new ConcernId(UUID.randomUUID()), "ZM-2026-0001", ConcernKind.CONCERN,
                new KeyFigureId(UUID.randomUUID()), false, FeedbackChannel.EMAIL_AND_PORTAL, AgeBand.AGE_18_23, null,
                "Feiten.", null, SourceKind.OWN_OBSERVATION, null, null, act(REPORTER, day), PERIODS);
    }

    /** A concern brought to the given status along the shortest road, all on one day. */
    private static Concern reach(ConcernStatus status, LocalDate day) {
        Concern c = status == ConcernStatus.ADVICE_GIVEN
                ? Concern.receive(new ConcernId(UUID.randomUUID()), "ZM-2026-0003", ConcernKind.ADVICE,
                        new KeyFigureId(UUID.randomUUID()), false, FeedbackChannel.PORTAL_ONLY, null, null, "Vraag.",
                        null, null, null, null, act(REPORTER, day), PERIODS)
                : received(day);
        if (status == ConcernStatus.RECEIVED) {
            return c;
        }
        c.acknowledge(act(FIRST, day), PERIODS, null);
        if (status == ConcernStatus.ACKNOWLEDGED) {
            return c;
        }
        c.startAssessment(act(FIRST, day), PERIODS, null);
        switch (status) {
            case INFORMATION_REQUESTED -> c.askForInformation(act(FIRST, day), "Een vraag?");
            case AWAITING_APPROVAL -> c.decide(act(FIRST, day), PERIODS, Decision.of("NO_CONCERN", "R."));
            case NO_CONCERN -> {
                c.decide(act(FIRST, day), PERIODS, Decision.of("NO_CONCERN", "R."));
                c.approve(act(SECOND, day), PERIODS, null);
            }
            case HANDED_OVER -> {
                c.decide(act(FIRST, day), PERIODS, new Decision("HANDED_OVER", "R.", "POLICE", "PUBLIC_TASK", null,
                        null));
                c.approve(act(SECOND, day), PERIODS, null);
            }
            case CARE_ROUTE, CLOSED -> c.decide(act(FIRST, day), PERIODS, Decision.of("CARE_ROUTE", "R."));
            case ADVICE_GIVEN -> c.decide(act(FIRST, day), PERIODS, Decision.of("ADVICE_GIVEN", "R."));
            default -> {
            }
        }
        if (status == ConcernStatus.CLOSED) {
            c.close(act(FIRST, day), null);
        }
        assertThat(c.status()).isEqualTo(status);
        return c;
    }

    private static List<String> keys(Throwable e) {
        return ((InvalidInputException) e).problems().stream().map(FieldProblem::messageKey).toList();
    }
}
