package nl.sleutelnet.concern;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import nl.sleutelnet.audit.AuditActor;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.shared.ConcurrentChangeException;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Loads and saves the {@link Concern} aggregate for the services of intake, handling and the
 * reporter's side: the concern row with its version, the steps it recorded, and the messages it
 * recorded, a message for the reporter with the municipality's standard text in the reporter's
 * language as it reads now. A message for a reporter who chose e-mail publishes {@link ConcernFeedbackSent}.
 */
@Component
class ConcernStore {

    static final String RECORD = "concern";

    private final Concerns concerns;
    private final ConcernMessages messages;
    private final StatusTexts texts;
    private final KeyFigureService keyFigures;
    private final ApplicationEventPublisher events;
    private final ConcernProperties properties;
    private final Clock clock;

    ConcernStore(Concerns concerns, ConcernMessages messages, StatusTexts texts, KeyFigureService keyFigures,
            ApplicationEventPublisher events, ConcernProperties properties, Clock clock) {
        this.concerns = concerns;
        this.messages = messages;
        this.texts = texts;
        this.keyFigures = keyFigures;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    Concern find(ConcernId id) {
        return concerns.find(CurrentTenant.require(), id).orElseThrow(() -> new NotFoundException(RECORD));
    }

    /** The concern if the key figure raised it; another's answers as if it did not exist. */
    Concern own(KeyFigureId own, ConcernId id) {
        Concern c = find(id);
        if (!own.equals(c.keyFigure())) {
            throw new NotFoundException(RECORD);
        }
        return c;
    }

    String nextReference(int year) {
        return concerns.nextReference(CurrentTenant.require(), year);
    }

    void insert(Concern c) {
        MunicipalityId municipality = CurrentTenant.require();
        concerns.insert(municipality, c);
        storeMessages(municipality, c);
    }

    /** Saves the concern as changed, if it is still at the version the form showed; a conflict otherwise. */
    void save(Concern c, int seenVersion) {
        MunicipalityId municipality = CurrentTenant.require();
        if (!concerns.save(municipality, c, seenVersion)) {
            throw new ConcurrentChangeException();
        }
        storeMessages(municipality, c);
    }

    private void storeMessages(MunicipalityId municipality, Concern c) {
        KeyFigure reporter = null;
        Instant at = null;
        for (Concern.NewMessage m : c.recordedMessages()) {
            // The moment of the act; messages of one act 1 µs apart, so that the conversation reads in order.
            at = at == null || m.at().isAfter(at) ? m.at() : at.plus(1, ChronoUnit.MICROS);
            String standard = null;
            if (m.forReporter()) {
                if (reporter == null && c.keyFigure() != null) {
                    reporter = keyFigures.find(c.keyFigure());
                }
                standard = texts.text(m.standard(), reporter == null ? "nl" : reporter.preferredLanguage());
            }
            messages.insert(municipality, c.id(), new ConcernMessage(UUID.randomUUID(), m.kind(), m.shown(), standard,
                    m.personal(), !m.forReporter(), m.by(), at, m.dueOn(), m.onTime(), null));
            if (m.forReporter() && c.keyFigure() != null
                    && c.feedbackChannel() == FeedbackChannel.EMAIL_AND_PORTAL) {
                events.publishEvent(new ConcernFeedbackSent(municipality, c.id(), c.keyFigure().value()));
            }
        }
    }

    /** The signed-in user (or a system actor) acting now. */
    Concern.Act act() {
        return new Concern.Act(me(), now(), today(), clock.getZone());
    }

    Concern.Deadlines deadlines() {
        return new Concern.Deadlines(properties.acknowledgeWorkingDays(), properties.statusWorkingDays());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static UUID me() {
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
