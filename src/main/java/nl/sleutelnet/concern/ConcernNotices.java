package nl.sleutelnet.concern;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.notification.Mailer;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.tenancy.CurrentTenant;

/**
 * E-mail notices without content, sent once the step that caused them is stored (a mail server
 * that is down does not undo the step; it is logged): the reporter hears that there is news if they
 * chose e-mail, and the other concern handlers hear that a proposal waits for a second handler.
 * The events carry ids only; addresses and languages are read here, under the event's municipality.
 */
@Component
class ConcernNotices {

    private static final Logger log = LoggerFactory.getLogger(ConcernNotices.class);

    private final KeyFigureService keyFigures;
    private final AccountService accounts;
    private final Mailer mailer;
    private final TransactionTemplate reads;
    private final String portalLink;
    private final String startLink;

    ConcernNotices(KeyFigureService keyFigures, AccountService accounts, Mailer mailer,
            PlatformTransactionManager transactions, @Value("${sleutelnet.mail.base-url}") String baseUrl) {
        this.keyFigures = keyFigures;
        this.accounts = accounts;
        this.mailer = mailer;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reads.setReadOnly(true);
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        // The portal's front door, not /portaal/zorgen: even a link must not tell a reader of the mail that it is about a concern.
        this.portalLink = base + "/portaal";
        this.startLink = base + "/start";
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void feedbackSent(ConcernFeedbackSent event) {
        CurrentTenant.runAs(event.municipality(), () -> reads.executeWithoutResult(tx -> {
            KeyFigure reporter;
            try {
                reporter = keyFigures.find(new KeyFigureId(event.keyFigureId()));
            } catch (NotFoundException e) {
                return;
            }
            if (reporter.email() != null) {
                Locale locale = "en".equals(reporter.preferredLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
                send(() -> mailer.send(reporter.email(), locale, "concern.mail.news.subject", "concern.mail.news.body",
                        portalLink));
            }
        }));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void approvalRequested(ConcernApprovalRequested event) {
        CurrentTenant.runAs(event.municipality(), () -> reads.executeWithoutResult(tx -> {
            for (StaffMember staff : accounts.staffOf(event.municipality())) {
                if (staff.active() && staff.roles().contains(Role.CONCERN_HANDLER)
                        && !staff.id().equals(event.proposer())) {
                    accounts.noticeAddress(event.municipality(), staff.id()).ifPresent(address -> send(() -> mailer
                            .send(address, Locale.forLanguageTag("nl"), "concern.mail.approval.subject",
                                    "concern.mail.approval.body", startLink)));
                }
            }
        }));
    }

    private static void send(Runnable notice) {
        try {
            notice.run();
        } catch (Mailer.NoticeNotSentException e) {
            log.warn("A notice about a concern could not be sent: {}", e.getCause().getMessage());
        }
    }
}
