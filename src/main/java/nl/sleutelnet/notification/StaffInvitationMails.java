package nl.sleutelnet.notification;

import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.StaffInvitationIssued;
import nl.sleutelnet.privacy.FieldEncryption;
import nl.sleutelnet.shared.EmailAddress;
import nl.sleutelnet.shared.Times;
import nl.sleutelnet.tenancy.CurrentTenant;

/**
 * Mails an invited staff member their set-up link once the invitation's transaction has committed,
 * as {@link KeyFigureNotices} does for key figures (kept in the publication registry until sent, and
 * offered again by {@link NoticeRetry}). The mail holds the link and its end, nothing from a record;
 * the address is the account's user name, read when sending. Staff mails are in Dutch.
 */
@Component
class StaffInvitationMails {

    private static final Logger log = LoggerFactory.getLogger(StaffInvitationMails.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Mailer mailer;
    private final AccountService accounts;
    private final FieldEncryption encryption;
    private final TransactionTemplate readOnly;
    private final String baseUrl;

    StaffInvitationMails(Mailer mailer, AccountService accounts, FieldEncryption encryption,
            PlatformTransactionManager transactions, @Value("${sleutelnet.mail.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.accounts = accounts;
        this.encryption = encryption;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @TransactionalEventListener
    void on(StaffInvitationIssued invitation) {
        Optional<EmailAddress> address = CurrentTenant.callAs(invitation.municipality(),
                () -> readOnly.execute(tx -> accounts.noticeAddress(invitation.municipality(), invitation.accountId())));
        if (address == null || address.isEmpty()) {
            log.info("Invitation {} not sent: the account is no longer active", invitation.accountId());
            return;
        }
        mailer.send(address.get(), DUTCH, "staff.mail.invitation.subject", "staff.mail.invitation.body",
                baseUrl + encryption.decrypt(invitation.sealedLinkPath()),
                Times.dateTime(invitation.validUntil(), DUTCH));
    }
}
