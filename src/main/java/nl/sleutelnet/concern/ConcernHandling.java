package nl.sleutelnet.concern;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.shared.WorkingDays;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The concern handlers' work: the list, opening a concern (an audited read) and the steps of
 * {@link HandlerStep}. The rules of each step are the {@link Concern}'s; here a step is loaded,
 * taken, saved with the version the handler saw, and audited with ids only.
 */
@Service
@Transactional(readOnly = true)
public class ConcernHandling {

    private final ConcernStore store;
    private final Concerns concerns;
    private final ConcernMessages messages;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ConcernProperties properties;

    ConcernHandling(ConcernStore store, Concerns concerns, ConcernMessages messages, AuditTrail audit,
            ApplicationEventPublisher events, ConcernProperties properties) {
        this.store = store;
        this.concerns = concerns;
        this.messages = messages;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
    }

    /** Only concern handlers come here (route table); every opening is in the audit trail. */
    @Transactional
    public ConcernFile open(ConcernId id) {
        Concern concern = store.find(id);
        MunicipalityId municipality = CurrentTenant.require();
        ConcernFile file = new ConcernFile(concern, messages.of(municipality, id), messages.events(municipality, id));
        audit.record(AuditAction.READ, AuditOutcome.SUCCESS, ConcernStore.RECORD, id.value());
        return file;
    }

    /** One concern as a list line: no narrative, so not an audited read (e.g. to check it exists before a step). */
    public ConcernSummary summary(ConcernId id) {
        Concern c = store.find(id);
        return new ConcernSummary(c.id(), c.reference(), c.kind(), c.status(), c.receivedAt(), c.feedbackDueOn(),
                c.handler(), c.outcomeBy(), c.reopenedCount());
    }

    public Page<ConcernSummary> list(ConcernFilter filter, PageRequest page) {
        LocalDate today = store.today();
        return concerns.list(CurrentTenant.require(), filter, today, dueBy(today), ConcernStore.me(), page);
    }

    public WorkCounts workCounts() {
        LocalDate today = store.today();
        long[] counts = concerns.workCounts(CurrentTenant.require(), today, dueBy(today), ConcernStore.me());
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
        step(id, version, c -> c.acknowledge(store.act(), store.deadlines(), personalText));
    }

    @Transactional
    public void startAssessment(ConcernId id, int version, String personalText) {
        step(id, version, c -> c.startAssessment(store.act(), store.deadlines(), personalText));
    }

    /** Asks the reporter for more information; the feedback clock stops until they answer. */
    @Transactional
    public void askInformation(ConcernId id, int version, String question) {
        step(id, version, c -> c.askForInformation(store.act(), question));
    }

    /** The handler goes on without an answer (e.g. the reporter answered by phone). */
    @Transactional
    public void resumeAssessment(ConcernId id, int version, String personalText) {
        step(id, version, c -> c.resumeAssessment(store.act(), store.deadlines(), personalText));
    }

    /** A status update without a change of state: the reporter hears that work goes on. */
    @Transactional
    public void sendStatus(ConcernId id, int version, String personalText) {
        Concern c = store.find(id);
        c.sendStatus(store.act(), store.deadlines(), personalText);
        store.save(c, version);
        audit.record(AuditAction.FEEDBACK_SENT, AuditOutcome.SUCCESS, ConcernStore.RECORD, id.value());
    }

    /**
     * Records the outcome of an assessment with its rationale. Care route and advice take effect at
     * once; no concern and a handover wait for a second handler's approval, who is told.
     */
    @Transactional
    public void decide(ConcernId id, int version, Decision decision) {
        Concern c = step(id, version, concern -> concern.decide(store.act(), store.deadlines(), decision));
        if (c.awaitsApproval()) {
            events.publishEvent(new ConcernApprovalRequested(CurrentTenant.require(), id, c.outcomeBy()));
        }
    }

    /** A second handler approves a proposed "no concern" or handover; the proposer cannot. */
    @Transactional
    public void approve(ConcernId id, int version, String note) {
        step(id, version, c -> c.approve(store.act(), store.deadlines(), note));
        audit.record(AuditAction.APPROVED, AuditOutcome.SUCCESS, ConcernStore.RECORD, id.value());
    }

    /** A second handler does not approve (or the proposer withdraws): back to assessment, with a reason. */
    @Transactional
    public void refuseApproval(ConcernId id, int version, String reason) {
        step(id, version, c -> c.refuseApproval(store.act(), reason));
        audit.record(AuditAction.APPROVAL_REFUSED, AuditOutcome.SUCCESS, ConcernStore.RECORD, id.value());
    }

    /** Closes a concern that has an outcome; the reporter is asked the satisfaction question. */
    @Transactional
    public void close(ConcernId id, int version, String personalText) {
        step(id, version, c -> c.close(store.act(), personalText));
    }

    Concern find(ConcernId id) {
        return store.find(id);
    }

    /** Loads the concern, lets it take the step, saves it with the version the handler saw, audits the change. */
    private Concern step(ConcernId id, int version, Consumer<Concern> intent) {
        Concern c = store.find(id);
        intent.accept(c);
        store.save(c, version);
        audit.record(AuditAction.STATUS_CHANGED, AuditOutcome.SUCCESS, ConcernStore.RECORD, id.value());
        return c;
    }

    private LocalDate dueBy(LocalDate today) {
        return WorkingDays.plus(today, properties.dueSoonWorkingDays());
    }
}
