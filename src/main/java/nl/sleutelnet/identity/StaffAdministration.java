package nl.sleutelnet.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.privacy.FieldEncryption;
import nl.sleutelnet.shared.EmailAddress;
import nl.sleutelnet.shared.TextRule;
import nl.sleutelnet.shared.ConcurrentChangeException;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.shared.Times;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The administrator's management of the staff accounts of their own municipality: roles, deactivating
 * and reactivating (never deleting: the audit trail keeps pointing to the account), unlocking after a
 * lockout, resetting the second factor, an optional last day. Guard rails: the municipality keeps an
 * active administrator without a last day; nobody changes their own account here; a role that reads
 * content is recorded with who granted it. Deactivating, removing a role and resetting the second
 * factor end the person's sessions at once. Every change is audited (codes and ids only); refused
 * input changes nothing.
 */
@Service
@Transactional
public class StaffAdministration {

    /** The roles an administrator can give to staff of the municipality (analysts belong to a region). */
    public static final Set<Role> GRANTABLE = Set.copyOf(EnumSet.of(Role.ADMINISTRATOR, Role.COORDINATOR,
            Role.CONCERN_HANDLER, Role.PARTNER, Role.RESEARCHER, Role.PRIVACY_OFFICER));
    /** Roles that read content of the municipality: each grant is recorded with who granted it. */
    public static final Set<Role> READS_CONTENT = Set.copyOf(EnumSet.of(Role.COORDINATOR, Role.CONCERN_HANDLER,
            Role.PRIVACY_OFFICER));

    /** The roles an account of a municipality can hold (for the list's filter). */
    public static final Set<Role> MUNICIPAL_ROLES = Set.copyOf(EnumSet.complementOf(
            EnumSet.of(Role.KEY_FIGURE, Role.PLATFORM_ADMINISTRATOR)));

    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;

    private static final String ACCOUNT = "account";

    private final StaffDirectory directory;
    private final Accounts accounts;
    private final AccountService accountService;
    private final LoginThrottle throttle;
    private final List<ContactPersonDuties> duties;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccountSetupLinks setupLinks;
    private final SetupLinks links;
    private final FieldEncryption encryption;
    private final ApplicationEventPublisher events;

    StaffAdministration(StaffDirectory directory, Accounts accounts, AccountService accountService,
            LoginThrottle throttle, List<ContactPersonDuties> duties, AuditTrail audit, Clock clock,
            AccountSetupLinks setupLinks, SetupLinks links, FieldEncryption encryption,
            ApplicationEventPublisher events) {
        this.setupLinks = setupLinks;
        this.links = links;
        this.encryption = encryption;
        this.events = events;
        this.directory = directory;
        this.accounts = accounts;
        this.accountService = accountService;
        this.throttle = throttle;
        this.duties = List.copyOf(duties);
        this.audit = audit;
        this.clock = clock;
    }

    /** The account id as typed in a path; anything else is not found. */
    public static UUID id(String typed) {
        try {
            return UUID.fromString(typed == null ? "" : typed.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(ACCOUNT);
        }
    }

    @Transactional(readOnly = true)
    public Page<StaffAccount> search(StaffSearch criteria, PageRequest page) {
        if (criteria.hasProblems()) {
            throw new InvalidInputException(criteria.problems());
        }
        return directory.search(CurrentTenant.require(), criteria, today(), clock.instant(), page);
    }

    /** A staff account of the current municipality; not found for any other id. */
    @Transactional(readOnly = true)
    public StaffAccount get(UUID id) {
        return directory.find(CurrentTenant.require(), id).orElseThrow(() -> new NotFoundException(ACCOUNT));
    }

    /** Who granted the account's roles that read content, and when. */
    @Transactional(readOnly = true)
    public List<RoleGrant> grants(UUID id) {
        return directory.openGrants(CurrentTenant.require(), get(id).id());
    }

    /** The names of the staff members who granted the account's open grants (a grantor may have left). */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> grantorNames(UUID id) {
        Set<UUID> grantors = new java.util.HashSet<>();
        grants(id).forEach(g -> {
            if (g.grantedBy() != null) {
                grantors.add(g.grantedBy());
            }
        });
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        accounts.staffOf(CurrentTenant.require()).stream().filter(s -> grantors.contains(s.id()))
                .forEach(s -> names.put(s.id(), s.displayName()));
        return names;
    }

    /** Whether sign-ins under the account's user name are locked after too many failures. */
    @Transactional(readOnly = true)
    public boolean locked(StaffAccount account) {
        return throttle.isLocked(account.username());
    }

    /** How many key figures (and the like) would be left without a contact person if the account went. */
    @Transactional(readOnly = true)
    public long contactDuties(UUID id) {
        UUID account = get(id).id();
        return duties.stream().mapToLong(d -> d.countOf(account)).sum();
    }

    /** Active coordinators other than {@code id}, to whom contact duties can be handed over. */
    @Transactional(readOnly = true)
    public List<StaffMember> handOverCandidates(UUID id) {
        return directory.usableCoordinators(CurrentTenant.require(), today(), id);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Times.ZONE));
    }

    /**
     * Sets the account's roles to {@code chosen} (roles the administrator cannot give stay as they
     * are). Removing a role ends the person's sessions; added roles count from the next sign-in.
     */
    public void changeRoles(UUID id, int version, Set<Role> chosen) {
        MunicipalityId municipality = CurrentTenant.require();
        StaffAccount account = get(id);
        notSelf(account, "rollen");
        if (chosen.isEmpty()) {
            refuse("rollen", "staff.roles.required");
        }
        if (!GRANTABLE.containsAll(chosen)) {
            refuse("rollen", "staff.roles.invalid");
        }
        Set<Role> roles = EnumSet.copyOf(chosen);
        account.roles().stream().filter(r -> !GRANTABLE.contains(r)).forEach(roles::add);
        if (roles.equals(account.roles())) {
            checkVersion(municipality, account, version);
            return;
        }
        if (account.active() && account.hasRole(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)) {
            keepAnAdministrator(municipality, account, "rollen");
        }
        if (!directory.updateRoles(municipality, id, version, roles)) {
            throw new ConcurrentChangeException();
        }
        Instant now = clock.instant();
        UUID actor = CurrentUser.accountIdOrNull();
        audit.record(AuditAction.ROLES_CHANGED, AuditOutcome.SUCCESS, ACCOUNT, id);
        for (Role role : READS_CONTENT) {
            if (roles.contains(role) && !account.hasRole(role)) {
                UUID grant = directory.grant(municipality, id, role, actor, now);
                audit.record(AuditAction.CONTENT_ROLE_GRANTED, AuditOutcome.SUCCESS, "role_grant", grant);
            } else if (!roles.contains(role) && account.hasRole(role)) {
                directory.revoke(municipality, id, role, actor, now);
            }
        }
        if (!roles.containsAll(account.roles())) {
            endSessions(id);
        }
    }

    /**
     * Deactivates the account and ends its sessions. When the person is the fixed contact person of
     * key figures, {@code handOverTo} (an active coordinator, or null to leave them without one) takes
     * them over in the same transaction.
     */
    public void deactivate(UUID id, int version, UUID handOverTo) {
        MunicipalityId municipality = CurrentTenant.require();
        StaffAccount account = get(id);
        notSelf(account, "deactiveren");
        if (!account.active()) {
            checkVersion(municipality, account, version);
            return;
        }
        if (account.hasRole(Role.ADMINISTRATOR)) {
            keepAnAdministrator(municipality, account, "deactiveren");
        }
        if (handOverTo != null && handOverCandidates(id).stream().noneMatch(s -> s.id().equals(handOverTo))) {
            refuse("overdragenAan", "staff.handOver.invalid");
        }
        if (!directory.updateActive(municipality, id, version, false)) {
            throw new ConcurrentChangeException();
        }
        audit.record(AuditAction.ACCOUNT_DEACTIVATED, AuditOutcome.SUCCESS, ACCOUNT, id);
        if (handOverTo != null) {
            duties.forEach(d -> d.handOver(id, handOverTo));
        }
        endSessions(id);
    }

    public void reactivate(UUID id, int version) {
        MunicipalityId municipality = CurrentTenant.require();
        StaffAccount account = get(id);
        if (account.active()) {
            checkVersion(municipality, account, version);
            return;
        }
        if (!directory.updateActive(municipality, id, version, true)) {
            throw new ConcurrentChangeException();
        }
        audit.record(AuditAction.ACCOUNT_REACTIVATED, AuditOutcome.SUCCESS, ACCOUNT, id);
    }

    /** Lifts a lockout after too many failed sign-ins under the account's user name. */
    public void unlock(UUID id, int version) {
        MunicipalityId municipality = CurrentTenant.require();
        StaffAccount account = get(id);
        checkVersion(municipality, account, version);
        throttle.reset(account.username());
        audit.record(AuditAction.ACCOUNT_UNLOCKED, AuditOutcome.SUCCESS, ACCOUNT, id);
    }

    /** Forgets the second factor and recovery codes, and ends the sessions: the person enrols again at the next sign-in. */
    public void resetSecondFactor(UUID id, int version) {
        MunicipalityId municipality = CurrentTenant.require();
        StaffAccount account = get(id);
        notSelf(account, "tweedeFactor");
        if (!directory.resetSecondFactor(municipality, id, version)) {
            throw new ConcurrentChangeException();
        }
        audit.record(AuditAction.SECOND_FACTOR_RESET, AuditOutcome.SUCCESS, ACCOUNT, id);
        endSessions(id);
    }

    /**
     * Sets (a date, ISO as a date field sends it, today or later) or removes (empty) the last day on
     * which the account may sign in.
     */
    public void changeEndDate(UUID id, int version, String typed) {
        MunicipalityId municipality = CurrentTenant.require();
        StaffAccount account = get(id);
        notSelf(account, "einddatum");
        LocalDate until = endDate(typed);
        if (until != null && account.hasRole(Role.ADMINISTRATOR) && account.active()) {
            keepAnAdministrator(municipality, account, "einddatum");
        }
        if (!directory.updateValidUntil(municipality, id, version, until)) {
            throw new ConcurrentChangeException();
        }
        audit.record(AuditAction.END_DATE_CHANGED, AuditOutcome.SUCCESS, ACCOUNT, id);
    }

    /** What the invitation form sends: name, e-mail address, role codes and an optional last day. */
    public record Invitation(String name, String email, List<String> roles, String endDate) {

        public Invitation {
            roles = roles == null ? List.of() : roles.stream().map(r -> r == null ? "" : r).toList();
        }

        public boolean hasRole(String code) {
            return roles.contains(code);
        }
    }

    /**
     * Invites a staff member: an account without a password with the chosen roles (and last day),
     * and a single-use set-up link mailed to the address after the commit. Every problem of the form
     * at once; refused input creates nothing.
     */
    public UUID invite(Invitation invitation) {
        MunicipalityId municipality = CurrentTenant.require();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        String name = TextRule.name(MAX_NAME).required().requiredKey("staff.invite.name.required")
                .check("naam", invitation.name(), problems);
        String typedEmail = TextRule.line(MAX_EMAIL).required().requiredKey("staff.invite.email.required")
                .check("email", invitation.email(), problems);
        Optional<EmailAddress> email = typedEmail == null ? Optional.empty() : EmailAddress.parse(typedEmail);
        if (typedEmail != null && email.isEmpty()) {
            problems.add(new FieldProblem("email", "staff.invite.email.invalid"));
        } else if (email.isPresent() && accounts.usernameExists(email.get().value())) {
            problems.add(new FieldProblem("email", "staff.invite.email.taken"));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String code : invitation.roles()) {
            Optional<Role> role = nl.sleutelnet.shared.Codes.parse(Role.class, code).filter(GRANTABLE::contains);
            if (role.isEmpty()) {
                problems.add(new FieldProblem("rollen", "staff.roles.invalid"));
                roles.clear();
                break;
            }
            roles.add(role.get());
        }
        if (roles.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("rollen"))) {
            problems.add(new FieldProblem("rollen", "staff.roles.required"));
        }
        LocalDate until = null;
        try {
            until = endDate(invitation.endDate());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = accountService.createStaffAwaitingSetup(municipality, email.get().value(), name, roles);
        if (until != null) {
            directory.updateValidUntil(municipality, id, 0, until);
        }
        recordGrants(municipality, id, roles);
        audit.record(AuditAction.INVITED, AuditOutcome.SUCCESS, ACCOUNT, id);
        sendInvitation(municipality, id);
        return id;
    }

    /** Sends a new set-up link to an invited account that has not set its password; the old link stops working. */
    public void resendInvitation(UUID id, int version) {
        MunicipalityId municipality = CurrentTenant.require();
        StaffAccount account = get(id);
        checkVersion(municipality, account, version);
        if (!account.awaitingSetup() || !account.mayUse(today())) {
            refuse("uitnodiging", "staff.invitation.notOpen");
        }
        sendInvitation(municipality, id);
    }

    /** Withdraws an invitation that has not been used: its links stop working and the account is deactivated. */
    public void revokeInvitation(UUID id, int version) {
        MunicipalityId municipality = CurrentTenant.require();
        StaffAccount account = get(id);
        if (!account.awaitingSetup() || !account.active()) {
            checkVersion(municipality, account, version);
            refuse("uitnodiging", "staff.invitation.notOpen");
        }
        if (!directory.updateActive(municipality, id, version, false)) {
            throw new ConcurrentChangeException();
        }
        links.revokeOpen(id);
        audit.record(AuditAction.INVITATION_REVOKED, AuditOutcome.SUCCESS, ACCOUNT, id);
    }

    /** Whether an invited account's set-up link can still be used. */
    @Transactional(readOnly = true)
    public boolean invitationOpen(StaffAccount account) {
        return account.awaitingSetup() && setupLinks.pending(account.id());
    }

    private void sendInvitation(MunicipalityId municipality, UUID id) {
        AccountSetupLinks.IssuedLink link = setupLinks.issue(id);
        events.publishEvent(new StaffInvitationIssued(municipality, id, encryption.encrypt(link.path()),
                link.expiresAt()));
    }

    private void recordGrants(MunicipalityId municipality, UUID id, Set<Role> roles) {
        Instant now = clock.instant();
        UUID actor = CurrentUser.accountIdOrNull();
        for (Role role : READS_CONTENT) {
            if (roles.contains(role)) {
                UUID grant = directory.grant(municipality, id, role, actor, now);
                audit.record(AuditAction.CONTENT_ROLE_GRANTED, AuditOutcome.SUCCESS, "role_grant", grant);
            }
        }
    }

    /** Stamps the moment of a completed sign-in, for the staff list. */
    public void recordSignIn(UUID accountId) {
        directory.signedIn(accountId, clock.instant());
    }

    /** A typed last day: empty is none; else an ISO date from today up to a hundred years ahead. */
    public LocalDate endDate(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        LocalDate date = null;
        if (text.length() == 10) {
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                date = null;
            }
        }
        if (date == null) {
            refuse("einddatum", "staff.endDate.invalid");
        }
        if (date.isBefore(today()) || date.isAfter(today().plusYears(100))) {
            refuse("einddatum", "staff.endDate.outOfRange");
        }
        return date;
    }

    private void keepAnAdministrator(MunicipalityId municipality, StaffAccount account, String field) {
        if (directory.lockOtherLastingAdministrators(municipality, account.id()) == 0) {
            refuse(field, "staff.lastAdministrator");
        }
    }

    private void notSelf(StaffAccount account, String field) {
        if (account.id().equals(CurrentUser.accountIdOrNull())) {
            refuse(field, "staff.self");
        }
    }

    private void checkVersion(MunicipalityId municipality, StaffAccount account, int version) {
        if (account.version() != version || !directory.isVersion(municipality, account.id(), version)) {
            throw new ConcurrentChangeException();
        }
    }

    private void endSessions(UUID id) {
        Optional<SleutelnetUser> user = accounts.findById(id);
        if (user.isPresent() && accountService.endAllSessions(user.get()) > 0) {
            audit.record(AuditAction.SESSIONS_ENDED, AuditOutcome.SUCCESS, ACCOUNT, id);
        }
    }

    private static void refuse(String field, String key) {
        throw new InvalidInputException(List.of(new FieldProblem(field, key)));
    }
}
