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
import nl.sleutelnet.notification.Mailer;
import nl.sleutelnet.tenancy.CurrentTenant;

/**
 * The notice without content to the other concern handlers that a proposal waits for a second
 * handler, sent once the proposal is stored (a mail server that is down does not undo the step; it
 * is logged). The reporter's notices go through the notification module ({@link ConcernFeedbackSent}).
 */
@Component
class ConcernNotices {

    private static final Logger log = LoggerFactory.getLogger(ConcernNotices.class);

    private final AccountService accounts;
    private final Mailer mailer;
    private final TransactionTemplate reads;
    private final String startLink;

    ConcernNotices(AccountService accounts, Mailer mailer,
            PlatformTransactionManager transactions, @Value("${sleutelnet.mail.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reads.setReadOnly(true);
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.startLink = base + "/start";
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
