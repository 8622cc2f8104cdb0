package nl.sleutelnet.concern;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The reporter's side: always the signed-in key figure's own concerns (another's answers as not
 * found). They see the status meant for them and the messages, answer a question, rate the
 * handling once per closure and ask to reopen; the rules are the {@link Concern}'s.
 */
@Service
@Transactional(readOnly = true)
public class ReporterConcerns {

    private final ConcernStore store;
    private final Concerns concerns;
    private final ConcernMessages messages;
    private final AuditTrail audit;

    ReporterConcerns(ConcernStore store, Concerns concerns, ConcernMessages messages, AuditTrail audit) {
        this.store = store;
        this.concerns = concerns;
        this.messages = messages;
        this.audit = audit;
    }

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
        Concern c = store.own(own, id);
        MunicipalityId municipality = CurrentTenant.require();
        List<ConcernMessage> list = messages.of(municipality, id);
        messages.markRead(municipality, id, store.now());
        boolean closed = c.status() == ConcernStatus.CLOSED;
        return new ReporterConcern(c.id(), c.reference(), c.kind(), c.status().shownToReporter(), c.receivedAt(),
                list, c.status() == ConcernStatus.INFORMATION_REQUESTED, closed && c.satisfaction() == null,
                c.satisfaction(), closed);
    }

    /** The reporter answers the handler's question; the concern goes back to assessment. */
    @Transactional
    public void answer(KeyFigureId own, ConcernId id, String answer) {
        Concern c = store.own(own, id);
        c.answer(store.act(), store.deadlines(), answer);
        store.save(c, c.version());
        audit.record(AuditAction.STATUS_CHANGED, AuditOutcome.SUCCESS, ConcernStore.RECORD, id.value());
    }

    /** The reporter's answer to the satisfaction question, once per closure. */
    @Transactional
    public void rate(KeyFigureId own, ConcernId id, String satisfaction) {
        Concern c = store.own(own, id);
        c.rate(store.act(), satisfaction);
        store.save(c, c.version());
        audit.record(AuditAction.UPDATE, AuditOutcome.SUCCESS, ConcernStore.RECORD, id.value());
    }

    /** The reporter asks to reopen a closed concern: it returns to assessment and to the handlers' list. */
    @Transactional
    public void requestReopen(KeyFigureId own, ConcernId id, String reason) {
        Concern c = store.own(own, id);
        c.reopen(store.act(), store.deadlines(), reason);
        store.save(c, c.version());
        audit.record(AuditAction.STATUS_CHANGED, AuditOutcome.SUCCESS, ConcernStore.RECORD, id.value());
        audit.record(AuditAction.REQUEST_FILED, AuditOutcome.SUCCESS, ConcernStore.RECORD, id.value());
    }
}
