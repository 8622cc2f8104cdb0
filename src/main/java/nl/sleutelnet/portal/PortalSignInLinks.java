package nl.sleutelnet.portal;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.EmailSignIn;
import nl.sleutelnet.identity.KeyFigureAccount;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.privacy.FieldEncryption;
import nl.sleutelnet.shared.EmailAddress;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.Municipalities;
import nl.sleutelnet.tenancy.Municipality;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * A key figure asks for a sign-in link by e-mail address (ADR 0032). The answer never says whether
 * the address belongs to anyone, and takes the same time either way: the request is counted (per
 * typed address and per source address) while the visitor waits; finding the account and mailing
 * the link happen afterwards, one request after the other, in a background thread. Every
 * municipality's register is asked for the address (the municipality is not known yet); each
 * active portal account of a key figure with that address gets its own link, bound to the asking
 * browser. Staff accounts never get one: only register addresses of key figures are looked at.
 */
@Service
public class PortalSignInLinks {

    private static final Logger LOG = LoggerFactory.getLogger(PortalSignInLinks.class);

    /** What became of a request, as the page may show it. */
    public enum Answer { SENT_IF_KNOWN, INVALID_ADDRESS, TOO_MANY }

    private final EmailSignIn links;
    private final KeyFigureService keyFigures;
    private final AccountService accounts;
    private final Municipalities municipalities;
    private final FieldEncryption encryption;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    // One thread: requests are handled in order; a full queue (a flood the throttle let through from
    // many addresses) drops requests rather than holding pages or memory.
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(500), runnable -> {
                Thread thread = new Thread(runnable, "sign-in-links");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

    PortalSignInLinks(EmailSignIn links, KeyFigureService keyFigures, AccountService accounts,
            Municipalities municipalities, FieldEncryption encryption, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        this.links = links;
        this.keyFigures = keyFigures;
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.encryption = encryption;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Takes a request from the browser holding {@code browserValue} (see {@link EmailSignIn#BROWSER_COOKIE}).
     * Only a malformed address or too many requests answer otherwise than "sent if known".
     */
    public Answer request(String typed, String sourceAddress, String browserValue) {
        Optional<EmailAddress> address = EmailAddress.parse(typed);
        if (address.isEmpty() || !EmailSignIn.isBrowserValue(browserValue)) {
            return Answer.INVALID_ADDRESS;
        }
        if (!links.admitRequest(address.get().value(), sourceAddress)) {
            return Answer.TOO_MANY;
        }
        worker.execute(() -> deliver(address.get(), browserValue));
        return Answer.SENT_IF_KNOWN;
    }

    private void deliver(EmailAddress address, String browserValue) {
        for (Municipality municipality : municipalities.all()) {
            MunicipalityId id = municipality.id();
            try {
                CurrentTenant.runAs(id, () -> transactions.executeWithoutResult(tx -> {
                    for (KeyFigureId keyFigure : keyFigures.withEmail(address)) {
                        accounts.keyFigureAccount(id, keyFigure.value()).filter(KeyFigureAccount::active)
                                .flatMap(account -> links.issue(account.id(), browserValue))
                                .ifPresent(link -> events.publishEvent(new SignInLinkIssued(id, keyFigure.value(),
                                        encryption.encrypt(link.path()), link.expiresAt())));
                    }
                }));
            } catch (RuntimeException e) {
                // Neither the address nor the link: only that this municipality's part failed.
                LOG.warn("Sign-in link request not handled for municipality {}: {}", id.value(),
                        e.getClass().getSimpleName());
            }
        }
    }

    /** Waits until every request taken so far is handled (for tests and an orderly stop). */
    void awaitHandled() throws InterruptedException, ExecutionException, TimeoutException {
        Future<?> marker = worker.submit(() -> { });
        marker.get(30, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
