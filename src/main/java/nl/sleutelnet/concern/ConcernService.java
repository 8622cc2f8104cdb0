package nl.sleutelnet.concern;

import static nl.sleutelnet.concern.Concerns.columns;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditActor;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.network.Area;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.notification.Mailer;
import nl.sleutelnet.shared.ConcurrentChangeException;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.shared.WorkingDays;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Concerns of the current municipality: intake, the handling steps of {@link ConcernStatus}, and the
 * feedback loop. Every step a reporter can see sends them the municipality's standard text (plus an
 * optional line of the handler's) and an e-mail without content; the feedback deadline moves on in
 * working days. Opening a concern is an audited read; steps are audited with ids only.
 */
@Service
@Transactional(readOnly = true)
public class ConcernService {

    private static final Logger log = LoggerFactory.getLogger(ConcernService.class);
    private static final String RECORD = "concern";

    private final Concerns concerns;
    private final ConcernMessages messages;
    private final StatusTexts texts;
    private final KeyFigureService keyFigures;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final ConcernProperties properties;
    private final Clock clock;
    private final String portalLink;

    ConcernService(Concerns concerns, ConcernMessages messages, StatusTexts texts, KeyFigureService keyFigures,
            AuditTrail audit, Mailer mailer, ConcernProperties properties, Clock clock,
            @Value("${sleutelnet.mail.base-url}") String baseUrl) {
        this.concerns = concerns;
        this.messages = messages;
        this.texts = texts;
        this.keyFigures = keyFigures;
        this.audit = audit;
        this.mailer = mailer;
        this.properties = properties;
        this.clock = clock;
        // The portal's front door, not /portaal/zorgen: even a link must not tell a reader of the mail that it is about a concern.
        this.portalLink = (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + "/portaal";
    }

    // ---------------------------------------------------------------- intake

    /** The signed-in key figure raises a concern or asks advice in the portal. */
    @Transactional
    public ConcernId raise(KeyFigureId ownKeyFigure, ConcernDraft draft) {
        return intake(ownKeyFigure, draft, false);
    }

    /** A handler records a concern on behalf of the key figure who shared it with them. */
    @Transactional
    public ConcernId recordFor(KeyFigureId reporter, ConcernDraft draft) {
        return intake(reporter, draft, true);
    }

    /** Checks a draft without saving it; the problems per field, empty when it is fine. */
    public List<FieldProblem> check(ConcernDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        checked(draft, problems);
        return problems;
    }

    private ConcernId intake(KeyFigureId reporter, ConcernDraft draft, boolean byHandler) {
        keyFigures.find(reporter);
        List<FieldProblem> problems = new ArrayList<>();
        Checked in = checked(draft, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MunicipalityId municipality = CurrentTenant.require();
        Instant now = now();
        LocalDate today = today();
        LocalDate acknowledgeBy = WorkingDays.plus(today, properties.acknowledgeWorkingDays());
        ConcernId id = new ConcernId(UUID.randomUUID());
        concerns.insert(municipality, id, concerns.nextReference(municipality, today.getYear()), in.kind, reporter,
                byHandler, in.channel, in.ageBand, in.areaCode, in.facts, in.interpretation, in.sourceKind,
                in.sourceNamed, in.counterSigns, now, acknowledgeBy);
        messages.insertEvent(municipality, id, "RAISED", null, ConcernStatus.RECEIVED, me(), now, null);
        Concern raised = find(id);
        tell(raised, MessageKind.STATUS, StatusTextKey.RECEIVED, ConcernStatus.RECEIVED, null, false);
        audit.record(AuditAction.CREATE, AuditOutcome.SUCCESS, RECORD, id.value());
        return id;
    }

    private record Checked(ConcernKind kind, FeedbackChannel channel, AgeBand ageBand, String areaCode, String facts,
            String interpretation, SourceKind sourceKind, String sourceNamed, String counterSigns) {
    }

    private Checked checked(ConcernDraft d, List<FieldProblem> problems) {
        ConcernKind kind = ConcernInput.parse(ConcernKind.class, d.kind(), "soort", "concern.error.kind", problems);
        FeedbackChannel channel = ConcernInput.parse(FeedbackChannel.class, d.feedbackChannel(), "terugkoppeling",
                "concern.error.channel", problems);
        AgeBand ageBand = null;
        String areaCode = null;
        if (kind == ConcernKind.ADVICE) {
            if (!blank(d.ageBand()) && !"UNKNOWN".equals(d.ageBand().strip()) || !blank(d.areaCode())) {
                problems.add(new FieldProblem("leeftijd", "concern.error.adviceWithoutPerson"));
            }
        } else if (kind == ConcernKind.CONCERN) {
            ageBand = ConcernInput.parse(AgeBand.class, d.ageBand(), "leeftijd", "concern.error.ageBand", problems);
            areaCode = area(d.areaCode(), problems);
        }
        String facts = ConcernInput.required("feiten", d.facts(), ConcernInput.MAX_NARRATIVE,
                "concern.error.factsRequired", problems);
        String interpretation = ConcernInput.optional("interpretatie", d.interpretation(), ConcernInput.MAX_NARRATIVE,
                problems);
        String counterSigns = ConcernInput.optional("tegenindicaties", d.counterSigns(), ConcernInput.MAX_NARRATIVE,
                problems);
        SourceKind sourceKind = blank(d.sourceKind()) && kind == ConcernKind.ADVICE ? null
                : ConcernInput.parse(SourceKind.class, d.sourceKind(), "bron", "concern.error.source", problems);
        String sourceNamed = ConcernInput.optional("bronNaam", d.sourceNamed(), ConcernInput.MAX_SOURCE, problems);
        if (sourceNamed != null && !"true".equals(d.sourceConsent())) {
            problems.add(new FieldProblem("bronToestemming", "concern.error.sourceConsent"));
            sourceNamed = null;
        } else if (sourceNamed != null && sourceKind != null && sourceKind != SourceKind.TOLD_BY_SOMEONE) {
            problems.add(new FieldProblem("bronNaam", "concern.error.sourceNamedOnlyIfTold"));
            sourceNamed = null;
        }
        return new Checked(kind, channel, ageBand, areaCode, facts, interpretation, sourceKind, sourceNamed,
                counterSigns);
    }

    private String area(String code, List<FieldProblem> problems) {
        if (blank(code)) {
            return null;
        }
        String clean = code.strip();
        if (keyFigures.areas().stream().map(Area::code).noneMatch(clean::equals)) {
            problems.add(new FieldProblem("gebied", "concern.error.area"));
            return null;
        }
        return clean;
    }

    // ---------------------------------------------------------------- the handler's steps

    /** Only concern handlers come here (route table); every opening is in the audit trail. */
    @Transactional
    public ConcernFile open(ConcernId id) {
        Concern concern = find(id);
        MunicipalityId municipality = CurrentTenant.require();
        ConcernFile file = new ConcernFile(concern, messages.of(municipality, id), messages.events(municipality, id));
        audit.record(AuditAction.READ, AuditOutcome.SUCCESS, RECORD, id.value());
        return file;
    }

    /** One concern as a list line: no narrative, so not an audited read (e.g. to check it exists before a step). */
    public ConcernSummary summary(ConcernId id) {
        Concern c = find(id);
        return new ConcernSummary(c.id(), c.reference(), c.kind(), c.status(), c.receivedAt(), c.feedbackDueOn(),
                c.handler(), c.outcomeBy(), c.reopenedCount());
    }

    public Page<ConcernSummary> list(ConcernFilter filter, PageRequest page) {
        LocalDate today = today();
        return concerns.list(CurrentTenant.require(), filter, today, dueBy(today), me(), page);
    }

    public WorkCounts workCounts() {
        LocalDate today = today();
        long[] counts = concerns.workCounts(CurrentTenant.require(), today, dueBy(today), me());
        return new WorkCounts(counts[0], counts[1], counts[2]);
    }

    /** Takes one of the handler's steps, as named by a screen or the API. */
    @Transactional
    public void take(ConcernId id, HandlerStep step, int version, StepInput in) {
        switch (step) {
            case BEVESTIGEN -> acknowledge(id, version, in.message());
            case BEOORDELEN -> startAssessment(id, version, in.message());
            case VRAAG_STELLEN -> askInformation(id, version, in.question());
            case HERVATTEN -> resumeAssessment(id, version, in.message());
            case STATUSBERICHT -> sendStatus(id, version, in.message());
            case UITKOMST -> decide(id, version, in.decision() == null ? Decision.of(null, null) : in.decision());
            case GOEDKEUREN -> approve(id, version, in.note());
            case AFWIJZEN -> refuseApproval(id, version, in.note());
            case AFSLUITEN -> close(id, version, in.message());
        }
    }

    /** Confirms receipt to the reporter; the acknowledging handler takes the concern. */
    @Transactional
    public void acknowledge(ConcernId id, int version, String personalText) {
        Concern c = inStatus(id, ConcernStatus.RECEIVED);
        String personal = personal(personalText);
        Instant now = now();
        stepAndTell(c, version, ConcernStatus.ACKNOWLEDGED,
                columns(Concerns.HANDLER, me(), Concerns.ACKNOWLEDGED_AT, now), MessageKind.STATUS, personal);
    }

    @Transactional
    public void startAssessment(ConcernId id, int version, String personalText) {
        Concern c = inStatus(id, ConcernStatus.ACKNOWLEDGED);
        String personal = personal(personalText);
        stepAndTell(c, version, ConcernStatus.IN_ASSESSMENT, columns(), MessageKind.STATUS, personal);
    }

    /** Asks the reporter for more information; the feedback clock stops until they answer. */
    @Transactional
    public void askInformation(ConcernId id, int version, String question) {
        Concern c = inStatus(id, ConcernStatus.IN_ASSESSMENT);
        List<FieldProblem> problems = new ArrayList<>();
        String clean = ConcernInput.required("vraag", question, ConcernInput.MAX_SHORT, "concern.error.questionRequired",
                problems);
        refuseIf(problems);
        stepAndTell(c, version, ConcernStatus.INFORMATION_REQUESTED, columns(), MessageKind.QUESTION, clean);
    }

    /** The handler goes on without an answer (e.g. the reporter answered by phone). */
    @Transactional
    public void resumeAssessment(ConcernId id, int version, String personalText) {
        Concern c = inStatus(id, ConcernStatus.INFORMATION_REQUESTED);
        String personal = personal(personalText);
        stepAndTell(c, version, ConcernStatus.IN_ASSESSMENT, columns(), MessageKind.STATUS, personal);
    }

    /** A status update without a change of state: the reporter hears that work goes on. */
    @Transactional
    public void sendStatus(ConcernId id, int version, String personalText) {
        Concern c = find(id);
        if (c.status() == ConcernStatus.RECEIVED || c.status() == ConcernStatus.CLOSED) {
            throw refused("concern.error.statusNotNow");
        }
        String personal = personal(personalText);
        if (!concerns.set(CurrentTenant.require(), c, version, feedback(c, c.status()))) {
            throw new ConcurrentChangeException();
        }
        tell(c, MessageKind.STATUS, StatusTextKey.STATUS_UPDATE, c.status(), personal, true);
        audit.record(AuditAction.FEEDBACK_SENT, AuditOutcome.SUCCESS, RECORD, id.value());
    }

    /**
     * Records the outcome of an assessment with its rationale. Care route and advice take effect at
     * once; no concern and a handover wait for a second handler's approval.
     */
    @Transactional
    public void decide(ConcernId id, int version, Decision decision) {
        Concern c = inStatus(id, ConcernStatus.IN_ASSESSMENT);
        List<FieldProblem> problems = new ArrayList<>();
        Outcome outcome = ConcernInput.parse(Outcome.class, decision.outcome(), "uitkomst", "concern.error.outcome",
                problems);
        if (outcome != null && !outcome.allowedFor(c.kind())) {
            problems.add(new FieldProblem("uitkomst", "concern.error.outcomeForKind"));
        }
        String rationale = ConcernInput.required("onderbouwing", decision.rationale(), ConcernInput.MAX_NARRATIVE,
                "concern.error.rationaleRequired", problems);
        Handover handover = outcome == Outcome.HANDED_OVER ? handover(decision, c, problems) : null;
        refuseIf(problems);
        ConcernStatus target = outcome.needsApproval() ? ConcernStatus.AWAITING_APPROVAL : outcome.status();
        if (!c.status().canBecome(target)) {
            throw refused("concern.error.transition");
        }
        Map<String, Object> set = columns(Concerns.OUTCOME, outcome, Concerns.RATIONALE, rationale,
                Concerns.OUTCOME_BY, me(), Concerns.APPROVED_BY, null);
        if (outcome.needsApproval()) {
            step(c, version, target, set, null);
        } else {
            stepAndTell(c, version, target, set, MessageKind.STATUS, null);
        }
        if (handover != null) {
            concerns.deleteHandover(CurrentTenant.require(), id);
            concerns.insertHandover(CurrentTenant.require(), id, handover);
        }
    }

    /** A second handler approves a proposed "no concern" or handover; the proposer cannot. */
    @Transactional
    public void approve(ConcernId id, int version, String note) {
        Concern c = inStatus(id, ConcernStatus.AWAITING_APPROVAL);
        if (me().equals(c.outcomeBy())) {
            throw refused("concern.error.fourEyes");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String clean = ConcernInput.optional("toelichting", note, ConcernInput.MAX_SHORT, problems);
        refuseIf(problems);
        ConcernStatus target = c.outcome().status();
        Map<String, Object> set = columns(Concerns.APPROVED_BY, me());
        set.putAll(feedback(c, target));
        step(c, version, target, set, clean);
        tell(c, MessageKind.STATUS, StatusTextKey.of(target), target, null, true);
        audit.record(AuditAction.APPROVED, AuditOutcome.SUCCESS, RECORD, id.value());
    }

    /** A second handler does not approve (or the proposer withdraws): back to assessment, with a reason. */
    @Transactional
    public void refuseApproval(ConcernId id, int version, String reason) {
        Concern c = inStatus(id, ConcernStatus.AWAITING_APPROVAL);
        List<FieldProblem> problems = new ArrayList<>();
        String clean = ConcernInput.required("toelichting", reason, ConcernInput.MAX_SHORT,
                "concern.error.reasonRequired", problems);
        refuseIf(problems);
        step(c, version, ConcernStatus.IN_ASSESSMENT, columns(Concerns.OUTCOME, null, Concerns.RATIONALE, null,
                Concerns.OUTCOME_BY, null), clean);
        if (c.outcome() == Outcome.HANDED_OVER) {
            concerns.deleteHandover(CurrentTenant.require(), id);
        }
        audit.record(AuditAction.APPROVAL_REFUSED, AuditOutcome.SUCCESS, RECORD, id.value());
    }

    /** Closes a concern that has an outcome; the reporter is asked the satisfaction question. */
    @Transactional
    public void close(ConcernId id, int version, String personalText) {
        Concern c = inStatus(id, ConcernStatus.NO_CONCERN, ConcernStatus.CARE_ROUTE, ConcernStatus.HANDED_OVER,
                ConcernStatus.ADVICE_GIVEN);
        String personal = personal(personalText);
        stepAndTell(c, version, ConcernStatus.CLOSED, columns(Concerns.CLOSED_AT, now()), MessageKind.STATUS, personal);
    }

    // ---------------------------------------------------------------- the reporter's side

    /** The key figure's own concerns with the status shown to them and the number of unread messages. */
    public List<ReporterConcernLine> ofReporter(KeyFigureId own) {
        MunicipalityId municipality = CurrentTenant.require();
        Map<UUID, Long> unread = messages.unreadOf(municipality, own);
        return concerns.ofReporter(municipality, own).stream()
                .map(s -> new ReporterConcernLine(s.id(), s.reference(), s.kind(), s.status().shownToReporter(),
                        s.receivedAt(), unread.getOrDefault(s.id().value(), 0L)))
                .toList();
    }

    /** One own concern as the reporter sees it; its messages count as read from now on. */
    @Transactional
    public ReporterConcern forReporter(KeyFigureId own, ConcernId id) {
        Concern c = own(own, id);
        MunicipalityId municipality = CurrentTenant.require();
        List<ConcernMessage> list = messages.of(municipality, id);
        messages.markRead(municipality, id, now());
        boolean closed = c.status() == ConcernStatus.CLOSED;
        return new ReporterConcern(c.id(), c.reference(), c.kind(), c.status().shownToReporter(), c.receivedAt(),
                list, c.status() == ConcernStatus.INFORMATION_REQUESTED, closed && c.satisfaction() == null,
                c.satisfaction(), closed);
    }

    /** The reporter answers the handler's question; the concern goes back to assessment. */
    @Transactional
    public void answer(KeyFigureId own, ConcernId id, String answer) {
        Concern c = own(own, id);
        if (c.status() != ConcernStatus.INFORMATION_REQUESTED) {
            throw refused("concern.error.noQuestion");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String clean = ConcernInput.required("antwoord", answer, ConcernInput.MAX_NARRATIVE,
                "concern.error.answerRequired", problems);
        refuseIf(problems);
        step(c, c.version(), ConcernStatus.IN_ASSESSMENT,
                columns(Concerns.FEEDBACK_DUE, WorkingDays.plus(today(), properties.statusWorkingDays())), null);
        fromReporter(c, MessageKind.ANSWER, clean);
    }

    /** The reporter's answer to the satisfaction question, once per closure. */
    @Transactional
    public void rate(KeyFigureId own, ConcernId id, String satisfaction) {
        Concern c = own(own, id);
        if (c.status() != ConcernStatus.CLOSED || c.satisfaction() != null) {
            throw refused("concern.error.rateNotNow");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Satisfaction answer = ConcernInput.parse(Satisfaction.class, satisfaction, "tevredenheid",
                "concern.error.satisfaction", problems);
        refuseIf(problems);
        if (!concerns.set(CurrentTenant.require(), c, c.version(),
                columns(Concerns.SATISFACTION, answer, Concerns.SATISFACTION_AT, now()))) {
            throw new ConcurrentChangeException();
        }
        audit.record(AuditAction.UPDATE, AuditOutcome.SUCCESS, RECORD, id.value());
    }

    /** The reporter asks to reopen a closed concern: it returns to assessment and to the handlers' list. */
    @Transactional
    public void requestReopen(KeyFigureId own, ConcernId id, String reason) {
        Concern c = own(own, id);
        if (c.status() != ConcernStatus.CLOSED) {
            throw refused("concern.error.reopenNotNow");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String clean = ConcernInput.required("reden", reason, ConcernInput.MAX_SHORT, "concern.error.reasonRequired",
                problems);
        refuseIf(problems);
        step(c, c.version(), ConcernStatus.IN_ASSESSMENT, columns(Concerns.CLOSED_AT, null, Concerns.OUTCOME, null,
                Concerns.RATIONALE, null, Concerns.OUTCOME_BY, null, Concerns.APPROVED_BY, null, Concerns.SATISFACTION,
                null, Concerns.SATISFACTION_AT, null, Concerns.REOPENED, c.reopenedCount() + 1, Concerns.FEEDBACK_DUE,
                WorkingDays.plus(today(), properties.acknowledgeWorkingDays())), null);
        fromReporter(c, MessageKind.REOPEN_REQUEST, clean);
        tell(c, MessageKind.STATUS, StatusTextKey.REOPENED, ConcernStatus.IN_ASSESSMENT, null, false);
        audit.record(AuditAction.REQUEST_FILED, AuditOutcome.SUCCESS, RECORD, id.value());
    }

    // ---------------------------------------------------------------- internals

    Concern find(ConcernId id) {
        return concerns.find(CurrentTenant.require(), id).orElseThrow(() -> new NotFoundException(RECORD));
    }

    private Concern own(KeyFigureId own, ConcernId id) {
        Concern c = find(id);
        if (!own.equals(c.keyFigure())) {
            throw new NotFoundException(RECORD);
        }
        return c;
    }

    /** The concern, if it is in one of the given states; a clear refusal (nothing changes) otherwise. */
    private Concern inStatus(ConcernId id, ConcernStatus... states) {
        Concern c = find(id);
        for (ConcernStatus state : states) {
            if (c.status() == state) {
                return c;
            }
        }
        throw refused("concern.error.transition");
    }

    /** Moves the concern on (version checked), records the step and audits it. */
    private void step(Concern c, int version, ConcernStatus to, Map<String, Object> set, String note) {
        if (!c.status().canBecome(to)) {
            throw refused("concern.error.transition");
        }
        if (!concerns.step(CurrentTenant.require(), c, version, to, set)) {
            throw new ConcurrentChangeException();
        }
        messages.insertEvent(CurrentTenant.require(), c.id(), to.name(), c.status(), to, me(), now(), note);
        audit.record(AuditAction.STATUS_CHANGED, AuditOutcome.SUCCESS, RECORD, c.id().value());
    }

    /** A step the reporter sees: the state changes, the feedback deadline moves on, the reporter is told. */
    private void stepAndTell(Concern c, int version, ConcernStatus to, Map<String, Object> set, MessageKind kind,
            String personal) {
        set.putAll(feedback(c, to));
        step(c, version, to, set, null);
        tell(c, kind, StatusTextKey.of(to), to, personal, true);
    }

    /**
     * Feedback answers the deadline that was open and sets the next one (none while the reporter has a
     * question to answer or once closed); the first feedback after the acknowledgement is the "first status".
     */
    private Map<String, Object> feedback(Concern before, ConcernStatus after) {
        LocalDate next = after == ConcernStatus.INFORMATION_REQUESTED || after == ConcernStatus.CLOSED ? null
                : WorkingDays.plus(today(), properties.statusWorkingDays());
        Map<String, Object> set = columns(Concerns.FEEDBACK_DUE, next);
        if (before.firstStatusAt() == null && before.acknowledgedAt() != null) {
            set.put(Concerns.FIRST_STATUS_AT, now());
        }
        return set;
    }

    /**
     * Stores a message to the reporter with the municipality's standard text in their language and
     * e-mails them a notice without content if they chose so. {@code isFeedback}: it answers the
     * feedback deadline the concern had before ({@code before.feedbackDueOn()}), on time or late.
     */
    private void tell(Concern before, MessageKind kind, StatusTextKey key, ConcernStatus shown, String personal,
            boolean isFeedback) {
        KeyFigure reporter = before.keyFigure() == null ? null : keyFigures.find(before.keyFigure());
        String language = reporter == null ? "nl" : reporter.preferredLanguage();
        LocalDate answered = isFeedback ? before.feedbackDueOn() : null;
        messages.insert(CurrentTenant.require(), before.id(), new ConcernMessage(UUID.randomUUID(), kind,
                shown.shownToReporter(), texts.text(key, language), personal, false, me(), now(), answered,
                answered == null ? null : !today().isAfter(answered), null));
        if (reporter != null && reporter.email() != null
                && before.feedbackChannel() == FeedbackChannel.EMAIL_AND_PORTAL) {
            Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
            afterCommit(() -> mailer.send(reporter.email(), locale, "concern.mail.news.subject",
                    "concern.mail.news.body", portalLink));
        }
    }

    private void fromReporter(Concern c, MessageKind kind, String text) {
        messages.insert(CurrentTenant.require(), c.id(), new ConcernMessage(UUID.randomUUID(), kind,
                c.status().shownToReporter(), null, text, true, me(), now(), null, null, null));
    }

    /** The notice goes out only once the step is stored; a mail server that is down does not undo the step. */
    private static void afterCommit(Runnable send) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    send.run();
                } catch (Mailer.NoticeNotSentException e) {
                    log.warn("Notice about news on a concern could not be sent: {}", e.getCause().getMessage());
                }
            }
        });
    }

    private Handover handover(Decision d, Concern c, List<FieldProblem> problems) {
        Receiver receiver = ConcernInput.parse(Receiver.class, d.receiver(), "ontvanger", "concern.error.receiver",
                problems);
        LegalBasis basis = ConcernInput.parse(LegalBasis.class, d.legalBasis(), "grondslag",
                "concern.error.legalBasis", problems);
        LocalDate on = today();
        if (!blank(d.handedOverOn())) {
            try {
                on = LocalDate.parse(d.handedOverOn().strip());
                if (on.isAfter(today()) || on.isBefore(LocalDate.ofInstant(c.receivedAt(), clock.getZone()))) {
                    problems.add(new FieldProblem("overdrachtsdatum", "concern.error.handoverDateRange"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("overdrachtsdatum", "concern.error.handoverDate"));
            }
        }
        String reference = blank(d.externalReference()) ? null : d.externalReference().strip();
        if (reference != null && !reference.matches("[A-Za-z0-9][A-Za-z0-9./_-]{0,39}")) {
            problems.add(new FieldProblem("kenmerk", "concern.error.externalReference"));
        }
        return new Handover(receiver, basis, on, reference);
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

    private LocalDate dueBy(LocalDate today) {
        return WorkingDays.plus(today, properties.dueSoonWorkingDays());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static UUID me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SleutelnetUser user) {
            return user.accountId();
        }
        if (authentication != null && authentication.getPrincipal() instanceof AuditActor actor) {
            return actor.actorId();
        }
        throw new IllegalStateException("no signed-in user");
    }
}
