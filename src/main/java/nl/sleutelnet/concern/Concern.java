package nl.sleutelnet.concern;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;

/**
 * A concern, the aggregate of its handling. {@code keyFigure} is the reporter (null when the key
 * figure was erased); staff are account ids. After retention cleared the narrative, the narrative
 * fields are null and {@code narrativeClearedAt} says when.
 *
 * <p>The rules of the handling live here: the intent methods (the handler's steps of
 * {@link HandlerStep} and the reporter's actions) check the state and the input, change the
 * concern and record what must be stored with it: the steps for the history and the messages for
 * the reporter. {@link ConcernStatus#next()} stays the one table of allowed steps; four eyes,
 * deadlines in working days and the reopen rule are added here. A refused intent changes nothing.
 * The repository saves the result with the version the handler saw.
 */
public final class Concern {

    /** Who acts, and when: the moment of the act and the calendar day it falls on (Europe/Amsterdam). */
    record Act(UUID by, Instant at, LocalDate today, ZoneId zone) {
    }

    /** The feedback periods in working days. */
    record Deadlines(int acknowledgeWorkingDays, int statusWorkingDays) {

        LocalDate acknowledgeBy(LocalDate today) {
            return nl.sleutelnet.shared.WorkingDays.plus(today, acknowledgeWorkingDays);
        }

        LocalDate nextStatusBy(LocalDate today) {
            return nl.sleutelnet.shared.WorkingDays.plus(today, statusWorkingDays);
        }
    }

    /** A step for the handlers' history ({@code concern_event}); {@code note} a reason or remark. */
    record Step(String action, ConcernStatus from, ConcernStatus to, UUID actor, Instant at, String note) {
    }

    /**
     * A message to store: to the reporter with the standard text of {@code standard} (resolved in the
     * reporter's language when stored), or from the reporter. {@code dueOn}: the feedback deadline it answered.
     */
    record NewMessage(MessageKind kind, ConcernStatus shown, StatusTextKey standard, String personal, UUID by,
            Instant at, LocalDate dueOn, Boolean onTime) {

        boolean forReporter() {
            return !kind.fromReporter();
        }
    }

    private final ConcernId id;
    private final String reference;
    private final ConcernKind kind;
    private final KeyFigureId keyFigure;
    private final boolean raisedByHandler;
    private final FeedbackChannel feedbackChannel;
    private final AgeBand ageBand;
    private final String areaCode;
    private final String facts;
    private final String interpretation;
    private final SourceKind sourceKind;
    private final String sourceNamed;
    private final String counterSigns;
    private final Instant receivedAt;
    private final LocalDate acknowledgeDueOn;
    private final Instant narrativeClearedAt;
    private final int version;
    /** The status as read; a save changes the row only if it still has it. */
    private final ConcernStatus statusAsRead;

    private ConcernStatus status;
    private Outcome outcome;
    private String outcomeRationale;
    private UUID outcomeBy;
    private UUID approvedBy;
    private UUID handler;
    private Instant acknowledgedAt;
    private Instant firstStatusAt;
    private LocalDate feedbackDueOn;
    private Instant closedAt;
    private Satisfaction satisfaction;
    private Instant satisfactionAt;
    private int reopenedCount;
    private Handover handover;

    private boolean handoverChanged;
    private final List<Step> steps = new ArrayList<>();
    private final List<NewMessage> messages = new ArrayList<>();

    Concern(ConcernId id, String reference, ConcernKind kind, ConcernStatus status, KeyFigureId keyFigure,
            boolean raisedByHandler, FeedbackChannel feedbackChannel, AgeBand ageBand, String areaCode, String facts,
            String interpretation, SourceKind sourceKind, String sourceNamed, String counterSigns, Outcome outcome,
            String outcomeRationale, UUID outcomeBy, UUID approvedBy, UUID handler, Instant receivedAt,
            LocalDate acknowledgeDueOn, Instant acknowledgedAt, Instant firstStatusAt, LocalDate feedbackDueOn,
            Instant closedAt, Instant narrativeClearedAt, Satisfaction satisfaction, Instant satisfactionAt,
            int reopenedCount, Handover handover, int version) {
        this.id = id;
        this.reference = reference;
        this.kind = kind;
        this.status = status;
        this.statusAsRead = status;
        this.keyFigure = keyFigure;
        this.raisedByHandler = raisedByHandler;
        this.feedbackChannel = feedbackChannel;
        this.ageBand = ageBand;
        this.areaCode = areaCode;
        this.facts = facts;
        this.interpretation = interpretation;
        this.sourceKind = sourceKind;
        this.sourceNamed = sourceNamed;
        this.counterSigns = counterSigns;
        this.outcome = outcome;
        this.outcomeRationale = outcomeRationale;
        this.outcomeBy = outcomeBy;
        this.approvedBy = approvedBy;
        this.handler = handler;
        this.receivedAt = receivedAt;
        this.acknowledgeDueOn = acknowledgeDueOn;
        this.acknowledgedAt = acknowledgedAt;
        this.firstStatusAt = firstStatusAt;
        this.feedbackDueOn = feedbackDueOn;
        this.closedAt = closedAt;
        this.narrativeClearedAt = narrativeClearedAt;
        this.satisfaction = satisfaction;
        this.satisfactionAt = satisfactionAt;
        this.reopenedCount = reopenedCount;
        this.handover = handover;
        this.version = version;
    }

    // ---------------------------------------------------------------- intake

    /**
     * A new concern as received: the acknowledgement is due within the acknowledgement period, and
     * the reporter gets the "received" text (it answers no deadline).
     */
    static Concern receive(ConcernId id, String reference, ConcernKind kind, KeyFigureId reporter,
            boolean byHandler, FeedbackChannel channel, AgeBand ageBand, String areaCode, String facts,
            String interpretation, SourceKind sourceKind, String sourceNamed, String counterSigns, Act act,
            Deadlines deadlines) {
        LocalDate acknowledgeBy = deadlines.acknowledgeBy(act.today());
        Concern c = new Concern(id, reference, kind, ConcernStatus.RECEIVED, reporter, byHandler, channel, ageBand,
                areaCode, facts, interpretation, sourceKind, sourceNamed, counterSigns, null, null, null, null, null,
                act.at(), acknowledgeBy, null, null, acknowledgeBy, null, null, null, null, 0, null, 0);
        c.steps.add(new Step("RAISED", null, ConcernStatus.RECEIVED, act.by(), act.at(), null));
        c.tell(act, MessageKind.STATUS, StatusTextKey.RECEIVED, ConcernStatus.RECEIVED, null, null);
        return c;
    }

    // ---------------------------------------------------------------- the handler's steps

    /** Confirms receipt to the reporter; the acknowledging handler takes the concern. */
    void acknowledge(Act act, Deadlines deadlines, String personalText) {
        require(ConcernStatus.RECEIVED);
        String personal = personal(personalText);
        moveAndTell(act, deadlines, ConcernStatus.ACKNOWLEDGED, MessageKind.STATUS, personal);
        handler = act.by();
        acknowledgedAt = act.at();
    }

    void startAssessment(Act act, Deadlines deadlines, String personalText) {
        require(ConcernStatus.ACKNOWLEDGED);
        String personal = personal(personalText);
        moveAndTell(act, deadlines, ConcernStatus.IN_ASSESSMENT, MessageKind.STATUS, personal);
    }

    /** Asks the reporter for more information; the feedback clock stops until they answer. */
    void askForInformation(Act act, String question) {
        require(ConcernStatus.IN_ASSESSMENT);
        List<FieldProblem> problems = new ArrayList<>();
        String clean = ConcernInput.required("vraag", question, ConcernInput.MAX_SHORT,
                "concern.error.questionRequired", problems);
        refuseIf(problems);
        moveAndTell(act, null, ConcernStatus.INFORMATION_REQUESTED, MessageKind.QUESTION, clean);
    }

    /** The handler goes on without an answer (e.g. the reporter answered by phone). */
    void resumeAssessment(Act act, Deadlines deadlines, String personalText) {
        require(ConcernStatus.INFORMATION_REQUESTED);
        String personal = personal(personalText);
        moveAndTell(act, deadlines, ConcernStatus.IN_ASSESSMENT, MessageKind.STATUS, personal);
    }

    /** A status update without a change of state: the reporter hears that work goes on. */
    void sendStatus(Act act, Deadlines deadlines, String personalText) {
        if (status == ConcernStatus.RECEIVED || status == ConcernStatus.CLOSED) {
            throw refused("concern.error.statusNotNow");
        }
        String personal = personal(personalText);
        LocalDate answered = feedbackDueOn;
        feedbackGiven(act, deadlines, status);
        tell(act, MessageKind.STATUS, StatusTextKey.STATUS_UPDATE, status, personal, answered);
    }

    /**
     * Records the outcome of an assessment with its rationale. Care route and advice take effect at
     * once; "no concern" and a handover are proposed and wait for a second handler's approval.
     */
    void decide(Act act, Deadlines deadlines, Decision decision) {
        require(ConcernStatus.IN_ASSESSMENT);
        List<FieldProblem> problems = new ArrayList<>();
        Outcome chosen = ConcernInput.parse(Outcome.class, decision.outcome(), "uitkomst", "concern.error.outcome",
                problems);
        if (chosen != null && !chosen.allowedFor(kind)) {
            problems.add(new FieldProblem("uitkomst", "concern.error.outcomeForKind"));
        }
        String rationale = ConcernInput.required("onderbouwing", decision.rationale(), ConcernInput.MAX_NARRATIVE,
                "concern.error.rationaleRequired", problems);
        Handover proposed = chosen == Outcome.HANDED_OVER ? handover(decision, act, problems) : null;
        refuseIf(problems);
        ConcernStatus target = chosen.needsApproval() ? ConcernStatus.AWAITING_APPROVAL : chosen.status();
        if (!status.canBecome(target)) {
            throw refused("concern.error.transition");
        }
        outcome = chosen;
        outcomeRationale = rationale;
        outcomeBy = act.by();
        approvedBy = null;
        if (chosen.needsApproval()) {
            move(act, target, null);
        } else {
            moveAndTell(act, deadlines, target, MessageKind.STATUS, null);
        }
        if (proposed != null) {
            handover = proposed;
            handoverChanged = true;
        }
    }

    /** Whether the proposed outcome waits for a second handler. */
    boolean awaitsApproval() {
        return status == ConcernStatus.AWAITING_APPROVAL;
    }

    /** A second handler approves a proposed "no concern" or handover; the proposer cannot (four eyes). */
    void approve(Act act, Deadlines deadlines, String note) {
        require(ConcernStatus.AWAITING_APPROVAL);
        if (act.by().equals(outcomeBy)) {
            throw refused("concern.error.fourEyes");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String clean = ConcernInput.optional("toelichting", note, ConcernInput.MAX_SHORT, problems);
        refuseIf(problems);
        ConcernStatus target = outcome.status();
        LocalDate answered = feedbackDueOn;
        approvedBy = act.by();
        feedbackGiven(act, deadlines, target);
        move(act, target, clean);
        tell(act, MessageKind.STATUS, StatusTextKey.of(target), target, null, answered);
    }

    /** A second handler does not approve (or the proposer withdraws): back to assessment, with a reason. */
    void refuseApproval(Act act, String reason) {
        require(ConcernStatus.AWAITING_APPROVAL);
        List<FieldProblem> problems = new ArrayList<>();
        String clean = ConcernInput.required("toelichting", reason, ConcernInput.MAX_SHORT,
                "concern.error.reasonRequired", problems);
        refuseIf(problems);
        if (outcome == Outcome.HANDED_OVER) {
            handover = null;
            handoverChanged = true;
        }
        outcome = null;
        outcomeRationale = null;
        outcomeBy = null;
        move(act, ConcernStatus.IN_ASSESSMENT, clean);
    }

    /** Closes a concern that has an outcome; nothing is due any more, the reporter gets the satisfaction question. */
    void close(Act act, String personalText) {
        require(ConcernStatus.NO_CONCERN, ConcernStatus.CARE_ROUTE, ConcernStatus.HANDED_OVER,
                ConcernStatus.ADVICE_GIVEN);
        String personal = personal(personalText);
        closedAt = act.at();
        moveAndTell(act, null, ConcernStatus.CLOSED, MessageKind.STATUS, personal);
    }

    // ---------------------------------------------------------------- the reporter's actions

    /** The reporter answers the handler's question; back to assessment, the next status is due in the status period. */
    void answer(Act act, Deadlines deadlines, String text) {
        if (status != ConcernStatus.INFORMATION_REQUESTED) {
            throw refused("concern.error.noQuestion");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String clean = ConcernInput.required("antwoord", text, ConcernInput.MAX_NARRATIVE,
                "concern.error.answerRequired", problems);
        refuseIf(problems);
        ConcernStatus shown = status.shownToReporter();
        feedbackDueOn = deadlines.nextStatusBy(act.today());
        move(act, ConcernStatus.IN_ASSESSMENT, null);
        fromReporter(act, MessageKind.ANSWER, shown, clean);
    }

    /** The reporter's answer to the satisfaction question, once per closure. */
    void rate(Act act, String answer) {
        if (status != ConcernStatus.CLOSED || satisfaction != null) {
            throw refused("concern.error.rateNotNow");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Satisfaction parsed = ConcernInput.parse(Satisfaction.class, answer, "tevredenheid",
                "concern.error.satisfaction", problems);
        refuseIf(problems);
        satisfaction = parsed;
        satisfactionAt = act.at();
    }

    /**
     * The reopen rule: the reporter of a closed concern asks to reopen it, with a reason. It returns
     * to assessment without an outcome, and must be answered within the acknowledgement period.
     */
    void reopen(Act act, Deadlines deadlines, String reason) {
        if (status != ConcernStatus.CLOSED) {
            throw refused("concern.error.reopenNotNow");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String clean = ConcernInput.required("reden", reason, ConcernInput.MAX_SHORT, "concern.error.reasonRequired",
                problems);
        refuseIf(problems);
        ConcernStatus shown = status.shownToReporter();
        closedAt = null;
        outcome = null;
        outcomeRationale = null;
        outcomeBy = null;
        approvedBy = null;
        satisfaction = null;
        satisfactionAt = null;
        reopenedCount++;
        feedbackDueOn = deadlines.acknowledgeBy(act.today());
        move(act, ConcernStatus.IN_ASSESSMENT, null);
        fromReporter(act, MessageKind.REOPEN_REQUEST, shown, clean);
        tell(act, MessageKind.STATUS, StatusTextKey.REOPENED, ConcernStatus.IN_ASSESSMENT, null, null);
    }

    // ---------------------------------------------------------------- rules shared by the steps

    private void require(ConcernStatus... states) {
        for (ConcernStatus state : states) {
            if (status == state) {
                return;
            }
        }
        throw refused("concern.error.transition");
    }

    private void move(Act act, ConcernStatus to, String note) {
        if (!status.canBecome(to)) {
            throw refused("concern.error.transition");
        }
        steps.add(new Step(to.name(), status, to, act.by(), act.at(), note));
        status = to;
    }

    /** A step the reporter sees: the state changes, the feedback deadline moves on, the reporter is told. */
    private void moveAndTell(Act act, Deadlines deadlines, ConcernStatus to, MessageKind messageKind,
            String personal) {
        if (!status.canBecome(to)) {
            throw refused("concern.error.transition");
        }
        LocalDate answered = feedbackDueOn;
        feedbackGiven(act, deadlines, to);
        move(act, to, null);
        tell(act, messageKind, StatusTextKey.of(to), to, personal, answered);
    }

    /**
     * Feedback answers the deadline that was open and sets the next one: none while the reporter has
     * a question to answer or once closed, else the status period (working days) from today. The first
     * feedback after the acknowledgement is the "first status".
     */
    private void feedbackGiven(Act act, Deadlines deadlines, ConcernStatus after) {
        boolean nothingDue = after == ConcernStatus.INFORMATION_REQUESTED || after == ConcernStatus.CLOSED;
        if (!nothingDue && deadlines == null) {
            throw new IllegalStateException("a step that sets a deadline needs the periods");
        }
        if (firstStatusAt == null && acknowledgedAt != null) {
            firstStatusAt = act.at();
        }
        feedbackDueOn = nothingDue ? null : deadlines.nextStatusBy(act.today());
    }

    private void tell(Act act, MessageKind messageKind, StatusTextKey key, ConcernStatus shown, String personal,
            LocalDate answered) {
        messages.add(new NewMessage(messageKind, shown.shownToReporter(), key, personal, act.by(), act.at(), answered,
                answered == null ? null : !act.today().isAfter(answered)));
    }

    private void fromReporter(Act act, MessageKind messageKind, ConcernStatus shown, String text) {
        messages.add(new NewMessage(messageKind, shown, null, text, act.by(), act.at(), null, null));
    }

    private Handover handover(Decision d, Act act, List<FieldProblem> problems) {
        Receiver receiver = ConcernInput.parse(Receiver.class, d.receiver(), "ontvanger", "concern.error.receiver",
                problems);
        LegalBasis basis = ConcernInput.parse(LegalBasis.class, d.legalBasis(), "grondslag",
                "concern.error.legalBasis", problems);
        LocalDate on = act.today();
        if (!blank(d.handedOverOn())) {
            try {
                on = LocalDate.parse(d.handedOverOn().strip());
                if (on.isAfter(act.today()) || on.isBefore(LocalDate.ofInstant(receivedAt, act.zone()))) {
                    problems.add(new FieldProblem("overdrachtsdatum", "concern.error.handoverDateRange"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("overdrachtsdatum", "concern.error.handoverDate"));
            }
        }
        String externalReference = blank(d.externalReference()) ? null : d.externalReference().strip();
        if (externalReference != null && !externalReference.matches("[A-Za-z0-9][A-Za-z0-9./_-]{0,39}")) {
            problems.add(new FieldProblem("kenmerk", "concern.error.externalReference"));
        }
        return new Handover(receiver, basis, on, externalReference);
    }

    private static String personal(String text) {
        List<FieldProblem> problems = new ArrayList<>();
        String clean = ConcernInput.optional("bericht", text, ConcernInput.MAX_SHORT, problems);
        refuseIf(problems);
        return clean;
    }

    private static void refuseIf(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static InvalidInputException refused(String key) {
        return new InvalidInputException(List.of(new FieldProblem("status", key)));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    // ---------------------------------------------------------------- what was recorded, for the repository

    List<Step> recordedSteps() {
        return List.copyOf(steps);
    }

    List<NewMessage> recordedMessages() {
        return List.copyOf(messages);
    }

    boolean handoverChanged() {
        return handoverChanged;
    }

    ConcernStatus statusAsRead() {
        return statusAsRead;
    }

    Instant satisfactionAt() {
        return satisfactionAt;
    }

    // ---------------------------------------------------------------- the state, as screens and the API read it

    /** The reporter must hear from the municipality before this day ends; null when nothing is due. */
    public boolean overdueOn(LocalDate today) {
        return feedbackDueOn != null && feedbackDueOn.isBefore(today);
    }

    public ConcernId id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public ConcernKind kind() {
        return kind;
    }

    public ConcernStatus status() {
        return status;
    }

    public KeyFigureId keyFigure() {
        return keyFigure;
    }

    public boolean raisedByHandler() {
        return raisedByHandler;
    }

    public FeedbackChannel feedbackChannel() {
        return feedbackChannel;
    }

    public AgeBand ageBand() {
        return ageBand;
    }

    public String areaCode() {
        return areaCode;
    }

    public String facts() {
        return facts;
    }

    public String interpretation() {
        return interpretation;
    }

    public SourceKind sourceKind() {
        return sourceKind;
    }

    public String sourceNamed() {
        return sourceNamed;
    }

    public String counterSigns() {
        return counterSigns;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String outcomeRationale() {
        return outcomeRationale;
    }

    public UUID outcomeBy() {
        return outcomeBy;
    }

    public UUID approvedBy() {
        return approvedBy;
    }

    public UUID handler() {
        return handler;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public LocalDate acknowledgeDueOn() {
        return acknowledgeDueOn;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant firstStatusAt() {
        return firstStatusAt;
    }

    public LocalDate feedbackDueOn() {
        return feedbackDueOn;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant narrativeClearedAt() {
        return narrativeClearedAt;
    }

    public Satisfaction satisfaction() {
        return satisfaction;
    }

    public int reopenedCount() {
        return reopenedCount;
    }

    public Handover handover() {
        return handover;
    }

    /** The version as read; a handler's form carries it back, a save with another one is a conflict. */
    public int version() {
        return version;
    }
}
