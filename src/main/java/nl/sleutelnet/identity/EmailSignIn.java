package nl.sleutelnet.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;

/**
 * Sign-in links for key figures (ADR 0032): instead of a password, a key figure asks for a link by
 * e-mail. A link is a random token of which only the hash is stored, valid for a short time
 * ({@link SignInLinkProperties}), usable once, and bound to the browser that asked: that browser
 * holds a random value in a cookie ({@link #BROWSER_COOKIE}) whose hash is stored with the link. A
 * link opened without that cookie is refused and stays usable. Asking again revokes the account's
 * earlier links. Only active key-figure accounts get links; staff sign in with password and second
 * factor. Whether a link is unknown, used, revoked or expired is never told apart.
 */
@Service
public class EmailSignIn {

    /** The path of a link; a link is this path, a slash and the token. */
    public static final String PATH = "/inloggen/link";

    /** The cookie that binds a link to the browser that asked for it. */
    public static final String BROWSER_COOKIE = "__Host-SIGN-IN-LINK";

    /** Record type of the LOGIN entry of a sign-in by link: the method, as account_oidc says the provider. */
    public static final String AUDIT_RECORD = "account_email_link";

    /** A freshly issued link: its path (with the token) and when it expires. Never logged. */
    public record IssuedLink(UUID accountId, String path, Instant expiresAt) {

        @Override
        public String toString() {
            return "IssuedLink[" + accountId + "]";
        }
    }

    /** What opening a link finds, without using it. */
    public enum Opening {
        USABLE, OTHER_BROWSER, INVALID
    }

    private final SignInLinks links;
    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final Clock clock;
    private final SignInLinkProperties properties;

    EmailSignIn(SignInLinks links, Accounts accounts, LoginThrottle throttle, AuditTrail audit, Clock clock,
            SignInLinkProperties properties) {
        this.links = links;
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /** How long a link (and the browser's cookie) lives. */
    public Duration validity() {
        return properties.validity();
    }

    /** A new random value for the browser's cookie (256 bits, URL-safe). */
    public String newBrowserValue() {
        return SetupToken.generate().text();
    }

    /** Whether a browser's cookie value has the shape this class gives it. */
    public static boolean isBrowserValue(String value) {
        return SetupToken.parse(value).isPresent();
    }

    /** Counts a request per typed address and per source address; false when either asked too often. */
    public boolean admitRequest(String typedAddress, String sourceAddress) {
        return throttle.admitLinkRequest(typedAddress == null ? "" : typedAddress, sourceAddress);
    }

    /**
     * Issues a link for an active key-figure account, bound to the browser holding {@code browserValue},
     * and revokes the account's earlier links; nothing for any other account. The path holds the token:
     * mail it, never store or log it.
     */
    @Transactional
    public Optional<IssuedLink> issue(UUID accountId, String browserValue) {
        Optional<SetupToken> browser = SetupToken.parse(browserValue);
        Optional<SleutelnetUser> account = accounts.findById(accountId)
                .filter(a -> a.kind() == AccountKind.KEY_FIGURE && a.isEnabled());
        if (browser.isEmpty() || account.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant expires = now.plus(properties.validity());
        SetupToken token = SetupToken.generate();
        links.revokeOpen(accountId);
        links.insert(UUID.randomUUID(), accountId, token.hash(), browser.get().hash(), now, expires);
        audit.record(AuditAction.SIGN_IN_LINK_REQUESTED, AuditOutcome.SUCCESS, "account", accountId, null,
                account.get().municipality().orElse(null));
        return Optional.of(new IssuedLink(accountId, PATH + "/" + token.text(), expires));
    }

    /** Looks at a link without using it; a refusal of a link that exists is audited. */
    @Transactional
    public Opening open(String token, String browserValue) {
        Optional<Found> found = find(token);
        if (found.isEmpty()) {
            return Opening.INVALID;
        }
        if (!found.get().link().usableAt(clock.instant())) {
            refuse(found.get());
            return Opening.INVALID;
        }
        if (!sameBrowser(found.get().link(), browserValue)) {
            refuse(found.get());
            return Opening.OTHER_BROWSER;
        }
        return Opening.USABLE;
    }

    /** The outcome of using a link: the signed-in account, or why not. */
    public record Use(Optional<SleutelnetUser> user, Opening opening) {
    }

    /**
     * Uses a link in the browser that asked for it: uses it up (conditionally, so a second submit finds
     * it used) and records the sign-in. In another browser the link is refused and left as it was.
     */
    @Transactional
    public Use use(String token, String browserValue) {
        Opening opening = open(token, browserValue);
        if (opening != Opening.USABLE) {
            return new Use(Optional.empty(), opening);
        }
        Found found = find(token).orElseThrow();
        SleutelnetUser user = found.account();
        if (!links.consume(found.link().id(), SetupToken.parse(browserValue).orElseThrow().hash(), clock.instant())) {
            refuse(found);
            return new Use(Optional.empty(), Opening.INVALID);
        }
        audit.record(AuditAction.SIGN_IN_LINK_USED, AuditOutcome.SUCCESS, "account", user.accountId(), user,
                user.municipality().orElse(null));
        audit.record(AuditAction.LOGIN, AuditOutcome.SUCCESS, AUDIT_RECORD, user.accountId(), user,
                user.municipality().orElse(null));
        user.eraseCredentials();
        return new Use(Optional.of(user), Opening.USABLE);
    }

    /** Expired links are kept a day (for the refusal page's audit), then removed. */
    @Scheduled(initialDelayString = "PT7M", fixedDelayString = "PT1H")
    @Transactional
    void forgetExpiredLinks() {
        links.deleteOlderThan(clock.instant().minus(Duration.ofDays(1)));
    }

    private record Found(SignInLinks.Link link, SleutelnetUser account) {
    }

    /** The link and its account, while the account is an active key figure's. */
    private Optional<Found> find(String text) {
        return SetupToken.parse(text).flatMap(token -> links.byTokenHash(token.hash()))
                .flatMap(link -> accounts.findById(link.accountId())
                        .filter(a -> a.kind() == AccountKind.KEY_FIGURE && a.isEnabled())
                        .map(a -> new Found(link, a)));
    }

    private static boolean sameBrowser(SignInLinks.Link link, String browserValue) {
        Optional<SetupToken> browser = SetupToken.parse(browserValue);
        return browser.isPresent() && MessageDigest.isEqual(link.browserHash().getBytes(StandardCharsets.US_ASCII),
                browser.get().hash().getBytes(StandardCharsets.US_ASCII));
    }

    private void refuse(Found found) {
        audit.record(AuditAction.SIGN_IN_LINK_REFUSED, AuditOutcome.FAILURE, "account", found.account().accountId(),
                null, found.account().municipality().orElse(null));
    }
}
