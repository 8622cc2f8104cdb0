package nl.sleutelnet.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Who a validated ID token of a municipality's provider is (ADR 0029). The account is found by
 * issuer + subject; the first time, optionally, by the e-mail address of an existing account of
 * that municipality (when the administrator allows it and the provider says the address is
 * verified), and then linked for good. An account is never created here: an unknown subject is
 * refused. Roles stay Sleutelnet's; only a group mapping the administrator set up changes them.
 */
@Service
public class ProviderSignIn {

    /** Record type of the audit entry of a sign-in through a provider: the method marker. */
    public static final String AUDIT_RECORD = "account_oidc";
    private static final int MAX_CLAIM = 255;

    private final IdentityProviders providers;
    private final OidcSubjects subjects;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    ProviderSignIn(IdentityProviders providers, OidcSubjects subjects, Accounts accounts, AuditTrail audit,
            PlatformTransactionManager transactionManager) {
        this.providers = providers;
        this.subjects = subjects;
        this.accounts = accounts;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What the token says, already validated (signature, issuer, audience, expiry, nonce). */
    public record Claims(String issuer, String subject, String email, boolean emailVerified, List<String> amr,
            String acr, Collection<String> groups) {
    }

    /** Why a sign-in through a provider was refused. */
    public enum Refusal { NOT_CONFIGURED, UNKNOWN_SUBJECT, INACTIVE, NO_ROLE }

    /** The outcome: a user (and whether the provider's second factor counts), or a refusal. */
    public record Outcome(SleutelnetUser user, boolean secondFactorDone, Refusal refusal) {

        static Outcome refused(Refusal refusal) {
            return new Outcome(null, false, refusal);
        }
    }

    public Outcome signIn(MunicipalityId municipality, Claims claims) {
        Optional<IdentityProviderSettings> found = providers.of(municipality);
        if (found.isEmpty() || !found.get().issuer().equals(claims.issuer())) {
            return refuse(municipality, null, Refusal.NOT_CONFIGURED);
        }
        IdentityProviderSettings settings = found.get();
        if (!usable(claims.subject())) {
            return refuse(municipality, null, Refusal.UNKNOWN_SUBJECT);
        }
        return CurrentTenant.callAs(municipality, () -> transactions.execute(status -> match(settings, claims)));
    }

    private Outcome match(IdentityProviderSettings settings, Claims claims) {
        MunicipalityId municipality = settings.municipality();
        Optional<SleutelnetUser> user = subjects.account(municipality, claims.issuer(), claims.subject())
                .flatMap(accounts::findById).filter(u -> isStaffOf(u, municipality));
        if (user.isEmpty() && settings.matchByEmail() && claims.emailVerified() && usable(claims.email())) {
            user = accounts.findByUsername(claims.email().strip()).filter(u -> isStaffOf(u, municipality))
                    .filter(u -> !subjects.linked(municipality, claims.issuer(), u.accountId()));
            user.ifPresent(u -> {
                subjects.link(municipality, claims.issuer(), claims.subject(), u.accountId());
                audit.record(AuditAction.CREATE, AuditOutcome.SUCCESS, "account_oidc_subject", u.accountId(), u,
                        municipality);
            });
        }
        if (user.isEmpty()) {
            return refuse(municipality, null, Refusal.UNKNOWN_SUBJECT);
        }
        SleutelnetUser account = user.get();
        if (!account.isEnabled()) {
            return refuse(municipality, account.accountId(), Refusal.INACTIVE);
        }
        if (settings.groupClaim() != null && !settings.groupRoles().isEmpty()) {
            Set<Role> roles = mappedRoles(settings, account.roles(), claims.groups());
            if (roles.isEmpty()) {
                return refuse(municipality, account.accountId(), Refusal.NO_ROLE);
            }
            if (!roles.equals(account.roles())) {
                subjects.replaceRoles(municipality, account.accountId(), roles);
                audit.record(AuditAction.UPDATE, AuditOutcome.SUCCESS, "account", account.accountId(), account,
                        municipality);
                account = accounts.findById(account.accountId()).orElseThrow();
            }
        }
        account.eraseCredentials();
        boolean providerFactor = settings.providerMfaCounts()
                && (claims.amr().stream().anyMatch(settings.mfaValues()::contains)
                        || (claims.acr() != null && settings.mfaValues().contains(claims.acr())));
        audit.record(AuditAction.LOGIN, AuditOutcome.SUCCESS, AUDIT_RECORD, account.accountId(), account, municipality);
        return new Outcome(account, providerFactor, null);
    }

    /**
     * The account's roles with the group mapping applied: every role the mapping names is held
     * exactly when one of the user's groups gives it (a role goes when the group goes); other roles stay.
     */
    static Set<Role> mappedRoles(IdentityProviderSettings settings, Set<Role> current, Collection<String> groups) {
        Set<Role> managed = EnumSet.noneOf(Role.class);
        settings.groupRoles().values().forEach(managed::addAll);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(current);
        roles.removeAll(managed);
        for (String group : groups) {
            roles.addAll(settings.groupRoles().getOrDefault(group, Set.of()));
        }
        return roles;
    }

    private Outcome refuse(MunicipalityId municipality, UUID account, Refusal refusal) {
        audit.record(AuditAction.LOGIN_FAILED, AuditOutcome.FAILURE, AUDIT_RECORD, account, null, municipality);
        return Outcome.refused(refusal);
    }

    private static boolean isStaffOf(SleutelnetUser user, MunicipalityId municipality) {
        return user.kind() == AccountKind.STAFF && user.municipality().filter(municipality::equals).isPresent();
    }

    private static boolean usable(String claim) {
        return claim != null && !claim.isBlank() && claim.length() <= MAX_CLAIM
                && claim.chars().noneMatch(Character::isISOControl);
    }
}
