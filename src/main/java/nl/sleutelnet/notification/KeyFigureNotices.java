package nl.sleutelnet.notification;

import java.time.Instant;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.privacy.FieldEncryption;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.shared.Times;
import nl.sleutelnet.tenancy.CurrentTenant;

/**
 * Sends the e-mail of every {@link KeyFigureNotice} once the transaction that published it has
 * committed: a rolled-back step sends nothing, and a mail server that is down does not undo the
 * step. The publication is kept in Spring Modulith's registry until the mail went out; a failed
 * one stays incomplete and {@link NoticeRetry} offers it again. Runs in the publisher's thread
 * right after the commit (the page answers once the mail is out) and, for a retry, in the
 * scheduler's: either way the key figure is read in a transaction of its own under the event's
 * municipality, never under whatever tenant the thread had. A key figure without an e-mail
 * address (any more) gets nothing.
 */
@Component
class KeyFigureNotices {

    private static final Logger log = LoggerFactory.getLogger(KeyFigureNotices.class);

    private final Mailer mailer;
    private final KeyFigureService keyFigures;
    private final FieldEncryption encryption;
    private final TransactionTemplate readOnly;
    private final String baseUrl;

    KeyFigureNotices(Mailer mailer, KeyFigureService keyFigures, FieldEncryption encryption,
            PlatformTransactionManager transactions,
            @Value("${sleutelnet.mail.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.keyFigures = keyFigures;
        this.encryption = encryption;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @TransactionalEventListener
    void on(KeyFigureNotice notice) {
        KeyFigure keyFigure = CurrentTenant.callAs(notice.municipality(), () -> readOnly.execute(tx -> {
            try {
                return keyFigures.find(new KeyFigureId(notice.keyFigureId()));
            } catch (NotFoundException e) {
                return null; // erased meanwhile
            }
        }));
        if (keyFigure == null || keyFigure.email() == null) {
            log.info("Notice {} not sent: the key figure has no e-mail address", notice.getClass().getSimpleName());
            return;
        }
        Locale locale = "en".equals(keyFigure.preferredLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        Object[] arguments = notice.noticeArguments().stream().map(a -> text(a, locale)).toArray();
        mailer.send(keyFigure.email(), locale, notice.noticeSubject(), notice.noticeBody(), arguments);
    }

    private String text(NoticeArgument argument, Locale locale) {
        return switch (argument.kind()) {
            case TEXT -> argument.value();
            case LINK -> baseUrl + argument.value();
            case SEALED_LINK -> baseUrl + encryption.decrypt(argument.value());
            case MOMENT -> Times.dateTime(Instant.parse(argument.value()), locale);
        };
    }
}
