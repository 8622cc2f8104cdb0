package nl.sleutelnet.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditActor;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.shared.FieldProblem;

/**
 * Single-use, short-lived links with which a person sets the password of a staff account made
 * for them, and then enrols the second factor. A link is a random token of which only the hash
 * is stored; issuing one revokes the account's earlier ones. Whether a link is unknown, used,
 * revoked or expired is never told apart: each is simply no usable link. Using a link ends every
 * other session of the account, as a password change does.
 */
@Service
public class AccountSetupLinks {

    /** The path of the set-up page; a link is this path followed by the token. */
    public static final String PATH = "/account/instellen/";

    /** A freshly issued link: its path (under the installation's base URL) and when it expires. */
    public record IssuedLink(UUID accountId, String path, Instant expiresAt) {

        @Override
        public String toString() {
            return "IssuedLink[" + accountId + "]";
        }
    }

    /** A usable link, as the set-up page may show it. */
    public record OpenLink(String displayName, String username, Instant expiresAt) {
    }

    /** The outcome of using a link: the account, signed in no further than the password; or problems; or no link. */
    public record Completion(Optional<SleutelnetUser> user, boolean invalidLink, List<FieldProblem> problems) {

        static final Completion INVALID = new Completion(Optional.empty(), true, List.of());

        static Completion done(SleutelnetUser user) {
            return new Completion(Optional.of(user), false, List.of());
        }

        static Completion problems(List<FieldProblem> problems) {
            return new Completion(Optional.empty(), false, List.copyOf(problems));
        }
    }

    private final SetupLinks links;
    private final Accounts accounts;
    private final AccountService accountService;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccountSetupProperties properties;

    AccountSetupLinks(SetupLinks links, Accounts accounts, AccountService accountService, PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock, AccountSetupProperties properties) {
        this.links = links;
        this.accounts = accounts;
        this.accountService = accountService;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Issues a link for an active staff account (revoking its earlier links), issued by the
     * signed-in user, or by the system (the operator's set-up step) when nobody is signed in.
     * The returned path holds the token: show it once or mail it, never store or log it.
     */
    @Transactional
    public IssuedLink issue(UUID accountId) {
        SleutelnetUser account = accounts.findById(accountId)
                .filter(a -> a.kind() == AccountKind.STAFF && a.isEnabled())
                .orElseThrow(() -> new IllegalArgumentException("no active staff account " + accountId));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        AuditActor actor = authentication != null && authentication.getPrincipal() instanceof SleutelnetUser u ? u
                : AuditActor.SYSTEM;
        Instant now = clock.instant();
        Instant expires = now.plus(properties.linkValidity());
        SetupToken token = SetupToken.generate();
        links.revokeOpen(accountId);
        links.insert(UUID.randomUUID(), accountId, token.hash(), actor == AuditActor.SYSTEM ? null : actor.actorId(),
                now, expires);
        audit.record(AuditAction.SETUP_LINK_ISSUED, AuditOutcome.SUCCESS, "account", accountId, actor,
                account.municipality().orElse(null));
        return new IssuedLink(accountId, PATH + token.text(), expires);
    }

    /** Whether the account waits for its set-up link to be used (it has an open, unexpired one). */
    @Transactional(readOnly = true)
    public boolean pending(UUID accountId) {
        return links.hasUsable(accountId, clock.instant());
    }

    /** The link behind a token, if it can still be used; nothing tells why not. */
    @Transactional(readOnly = true)
    public Optional<OpenLink> open(String token) {
        return usable(token).map(found -> new OpenLink(found.account().displayName(), found.account().getUsername(),
                found.link().expiresAt()));
    }

    /**
     * Uses a link: checks the password against the policy, then uses up the link (conditionally,
     * so a second submit finds it used) and sets the password, in one transaction.
     */
    @Transactional
    public Completion complete(String token, String password, String repeated) {
        Optional<Usable> usable = usable(token);
        if (usable.isEmpty()) {
            return Completion.INVALID;
        }
        SleutelnetUser account = usable.get().account();
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || !password.equals(repeated)) {
            problems.add(new FieldProblem("herhaling", "password.mismatch"));
        } else {
            passwordPolicy.check(password, account.getUsername())
                    .forEach(v -> problems.add(new FieldProblem("wachtwoord", v.messageKey())));
        }
        if (!problems.isEmpty()) {
            return Completion.problems(problems);
        }
        if (!links.consume(usable.get().link().id(), clock.instant())) {
            return Completion.INVALID;
        }
        accounts.updatePassword(account.accountId(), passwordEncoder.encode(password));
        audit.record(AuditAction.SETUP_LINK_USED, AuditOutcome.SUCCESS, "account", account.accountId(), account,
                account.municipality().orElse(null));
        // A link re-issued for an account in use: whoever knew the old password is signed out.
        if (accountService.endAllSessions(account) > 0) {
            audit.record(AuditAction.SESSIONS_ENDED, AuditOutcome.SUCCESS, "account", account.accountId(), account,
                    account.municipality().orElse(null));
        }
        SleutelnetUser user = accounts.findById(account.accountId()).orElseThrow();
        user.eraseCredentials();
        return Completion.done(user);
    }

    private record Usable(SetupLinks.OpenLink link, SleutelnetUser account) {
    }

    private Optional<Usable> usable(String text) {
        Optional<SetupToken> token = SetupToken.parse(text);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        return links.usable(token.get().hash(), clock.instant()).flatMap(link -> accounts.findById(link.accountId())
                .filter(a -> a.kind() == AccountKind.STAFF && a.isEnabled())
                .map(a -> new Usable(link, a)));
    }
}
