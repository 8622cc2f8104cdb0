package nl.sleutelnet.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditActor;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.shared.EmailAddress;
import nl.sleutelnet.tenancy.MunicipalityId;
import nl.sleutelnet.tenancy.RegionId;

/** Creating accounts and changing passwords, always through the password policy. */
@Service
@Transactional
public class AccountService {

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditTrail audit;
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    AccountService(Accounts accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, AuditTrail audit,
            ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.sessions = sessions;
    }

    /** A staff account of one municipality; the second factor is enrolled at first login. */
    public UUID createStaff(MunicipalityId municipality, String username, String displayName, String password,
            Set<Role> roles) {
        if (roles.contains(Role.KEY_FIGURE) || roles.contains(Role.PLATFORM_ADMINISTRATOR) || roles.isEmpty()) {
            throw new IllegalArgumentException("staff roles of a municipality required");
        }
        return create(AccountKind.STAFF, municipality, null, username, displayName, password, roles, null, false);
    }

    /**
     * A staff account of one municipality without a password yet: its holder sets one through a
     * set-up link ({@link AccountSetupLinks#issue}) and then enrols the second factor. Until then
     * it cannot sign in with a password.
     */
    public UUID createStaffAwaitingSetup(MunicipalityId municipality, String username, String displayName,
            Set<Role> roles) {
        if (roles.contains(Role.KEY_FIGURE) || roles.contains(Role.PLATFORM_ADMINISTRATOR) || roles.isEmpty()) {
            throw new IllegalArgumentException("staff roles of a municipality required");
        }
        return createAwaitingSetup(municipality, null, username, displayName, roles);
    }

    /** Regional roles: analysts and researchers may belong to a region instead of a municipality. */
    public static final Set<Role> REGIONAL_ROLES = Set.of(Role.ANALYST, Role.RESEARCHER);

    /** A region-bound account (analyst and/or researcher) without a password yet; see {@link #createStaffAwaitingSetup}. */
    public UUID createRegionalAwaitingSetup(RegionId region, String username, String displayName, Set<Role> roles) {
        if (roles.isEmpty() || !REGIONAL_ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("regional roles required");
        }
        return createAwaitingSetup(null, region, username, displayName, roles);
    }

    /**
     * An installation-wide platform administrator without a password yet: no municipality, no
     * region, no other role; see {@link #createStaffAwaitingSetup}.
     */
    public UUID createPlatformAdministratorAwaitingSetup(String username, String displayName) {
        return createAwaitingSetup(null, null, username, displayName, Set.of(Role.PLATFORM_ADMINISTRATOR));
    }

    /** The active staff account with this user name that waits for its set-up (has no password yet). */
    @Transactional(readOnly = true)
    public Optional<UUID> accountAwaitingSetup(String username) {
        return username == null ? Optional.empty() : accounts.awaitingSetup(username.strip());
    }

    /** Whether the municipality has an active account with the administrator role. */
    @Transactional(readOnly = true)
    public boolean hasActiveAdministrator(MunicipalityId municipality) {
        return accounts.hasActiveWithRole(municipality, Role.ADMINISTRATOR);
    }

    /** The active accounts of a region (analysts, researchers), by name. */
    @Transactional(readOnly = true)
    public List<StaffMember> staffOfRegion(RegionId region) {
        return accounts.staffOfRegion(region);
    }

    /** A regional analyst belongs to a region, not to a municipality. */
    public UUID createRegionalAnalyst(RegionId region, String username, String displayName, String password) {
        return create(AccountKind.STAFF, null, region, username, displayName, password, Set.of(Role.ANALYST), null,
                false);
    }

    /** A key figure's own portal account; the caller checks the password policy first to show its messages. */
    public UUID createKeyFigureAccount(MunicipalityId municipality, UUID keyFigureId, String username,
            String displayName, String password) {
        return create(AccountKind.KEY_FIGURE, municipality, null, username, displayName, password,
                Set.of(Role.KEY_FIGURE), keyFigureId, false);
    }

    /** The portal account of a key figure of the municipality, active or blocked, if there is one. */
    @Transactional(readOnly = true)
    public Optional<KeyFigureAccount> keyFigureAccount(MunicipalityId municipality, UUID keyFigureId) {
        return accounts.ofKeyFigure(municipality, keyFigureId);
    }

    /**
     * Blocks a key figure's portal account and ends its sessions; returns false when there was
     * no active account. The account is kept (not deleted) so that the audit trail stays readable.
     */
    public boolean blockKeyFigureAccount(MunicipalityId municipality, UUID keyFigureId) {
        Optional<KeyFigureAccount> account = accounts.ofKeyFigure(municipality, keyFigureId);
        if (account.isEmpty() || !accounts.deactivateKeyFigureAccount(municipality, keyFigureId)) {
            return false;
        }
        endSessions(List.of(account.get().username()), null);
        audit.record(AuditAction.STATUS_CHANGED, AuditOutcome.SUCCESS, "account", account.get().id());
        return true;
    }

    /** The staff of a municipality (also inactive accounts, so that names in old records stay readable). */
    @Transactional(readOnly = true)
    public List<StaffMember> staffOf(MunicipalityId municipality) {
        return accounts.staffOf(municipality);
    }

    /**
     * Where a notice without content can reach an active staff member of the municipality: their
     * user name, when it is an e-mail address; empty otherwise.
     */
    @Transactional(readOnly = true)
    public Optional<EmailAddress> noticeAddress(MunicipalityId municipality, UUID staffAccount) {
        return accounts.activeStaffUsername(municipality, staffAccount).flatMap(EmailAddress::parse);
    }

    /** Demo accounts may skip the second factor, and only while demo mode is on. */
    UUID createDemoAccount(AccountKind kind, MunicipalityId municipality, RegionId region, String username,
            String displayName, String password, Set<Role> roles, UUID keyFigureId) {
        return create(kind, municipality, region, username, displayName, password, roles, keyFigureId, true);
    }

    public boolean exists(String username) {
        return accounts.usernameExists(username);
    }

    /**
     * Changes the password of the current user after checking the old one; returns what is wrong, if
     * anything. A changed password ends every other session of the account (whoever knew the old
     * password may be signed in there); the session {@code keepSessionId} stays signed in.
     */
    public List<PasswordPolicy.Violation> changePassword(SleutelnetUser user, String current, String proposed,
            String keepSessionId) {
        String hash = accounts.findById(user.accountId()).map(SleutelnetUser::getPassword).orElseThrow();
        if (current == null || !passwordEncoder.matches(current, hash)) {
            audit.record(AuditAction.PASSWORD_CHANGED, AuditOutcome.FAILURE, "account", user.accountId());
            throw new WrongPasswordException();
        }
        List<PasswordPolicy.Violation> violations = passwordPolicy.checkChange(proposed, user.getUsername(), current);
        if (violations.isEmpty()) {
            accounts.updatePassword(user.accountId(), passwordEncoder.encode(proposed));
            audit.record(AuditAction.PASSWORD_CHANGED, AuditOutcome.SUCCESS, "account", user.accountId());
            if (endOtherSessions(user, keepSessionId) > 0) {
                audit.record(AuditAction.SESSIONS_ENDED, AuditOutcome.SUCCESS, "account", user.accountId());
            }
        }
        return violations;
    }

    /**
     * Ends every session of the account, signed in or halfway through login: its password was set
     * another way (a set-up link), or an administrator deactivated it or took a role or its second
     * factor away. Returns how many; the caller audits, as it knows who acted.
     */
    int endAllSessions(SleutelnetUser user) {
        return endOtherSessions(user, null);
    }

    /** Ends the sessions of the account, signed in or halfway through login, except one. */
    private int endOtherSessions(SleutelnetUser user, String keepSessionId) {
        return endSessions(List.of(user.getUsername(), PendingSecondFactor.principalName(user)), keepSessionId);
    }

    /**
     * Deletes the sessions indexed under these principal names, except {@code keepSessionId} (may be
     * null); returns how many ended.
     */
    private int endSessions(List<String> principalNames, String keepSessionId) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null) {
            return 0;
        }
        int ended = 0;
        for (String name : principalNames) {
            for (String id : repository.findByPrincipalName(name).keySet()) {
                if (!id.equals(keepSessionId)) {
                    repository.deleteById(id);
                    ended++;
                }
            }
        }
        return ended;
    }

    private UUID create(AccountKind kind, MunicipalityId municipality, RegionId region, String username,
            String displayName, String password, Set<Role> roles, UUID keyFigureId, boolean exempt) {
        List<PasswordPolicy.Violation> violations = passwordPolicy.check(password, username);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("password violates policy: " + violations);
        }
        UUID id = UUID.randomUUID();
        accounts.insert(id, kind, municipality, region, username.strip(), displayName.strip(),
                passwordEncoder.encode(password), roles, keyFigureId, exempt);
        audit.record(AuditAction.CREATE, AuditOutcome.SUCCESS, "account", id);
        return id;
    }

    private UUID createAwaitingSetup(MunicipalityId municipality, RegionId region, String username,
            String displayName, Set<Role> roles) {
        UUID id = UUID.randomUUID();
        accounts.insert(id, AccountKind.STAFF, municipality, region, username.strip(), displayName.strip(), null, roles,
                null, false);
        // In the municipality's own chain, so that its privacy officer sees who was added.
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        audit.record(AuditAction.CREATE, AuditOutcome.SUCCESS, "account", id,
                authentication != null && authentication.getPrincipal() instanceof AuditActor actor ? actor
                        : AuditActor.SYSTEM, municipality);
        return id;
    }

    /** The current password was not right. */
    public static class WrongPasswordException extends RuntimeException {
        WrongPasswordException() {
            super("current password does not match");
        }
    }
}
