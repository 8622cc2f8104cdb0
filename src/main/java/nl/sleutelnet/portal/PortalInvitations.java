package nl.sleutelnet.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.KeyFigureAccount;
import nl.sleutelnet.identity.PasswordPolicy;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.privacy.FieldEncryption;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.Municipalities;
import nl.sleutelnet.tenancy.Municipality;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Portal access of key figures: the coordinator's invitation (a content-free mail with a
 * single-use, expiring link), accepting it (choosing a user name and password), and blocking
 * access again. The public acceptance runs as the municipality named in the link's code.
 */
@Service
public class PortalInvitations {

    public static final Set<KeyFigureStatus> INVITABLE = EnumSet.of(KeyFigureStatus.ACTIVE, KeyFigureStatus.INTAKE);
    static final int MAX_USERNAME = 254;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@+-]{3,254}");

    /** Where a key figure's portal access stands, for the coordinator. */
    public enum Access { NONE, INVITED, EXPIRED, ACTIVE, BLOCKED }

    public record AccessState(Access access, Optional<Invitation> latest, Optional<KeyFigureAccount> account) {
    }

    /** A usable invitation, as the acceptance page may show it. */
    public record OpenInvitation(String code, String municipalityName, String suggestedUsername, Instant expiresAt) {
    }

    /** The outcome of accepting: done, or the form again with problems, or a link that does not (any longer) work. */
    public record Acceptance(boolean done, boolean invalidLink, List<FieldProblem> problems) {

        static final Acceptance DONE = new Acceptance(true, false, List.of());
        static final Acceptance INVALID = new Acceptance(false, true, List.of());

        static Acceptance problems(List<FieldProblem> problems) {
            return new Acceptance(false, false, List.copyOf(problems));
        }
    }

    private final Invitations invitations;
    private final KeyFigureService keyFigures;
    private final AccountService accounts;
    private final PasswordPolicy passwordPolicy;
    private final ApplicationEventPublisher events;
    private final FieldEncryption encryption;
    private final Municipalities municipalities;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PortalProperties properties;

    PortalInvitations(Invitations invitations, KeyFigureService keyFigures, AccountService accounts,
            PasswordPolicy passwordPolicy, ApplicationEventPublisher events, FieldEncryption encryption,
            Municipalities municipalities, AuditTrail audit,
            PlatformTransactionManager transactionManager, Clock clock, PortalProperties properties) {
        this.invitations = invitations;
        this.keyFigures = keyFigures;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.encryption = encryption;
        this.municipalities = municipalities;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.properties = properties;
    }

    /** The key figure (of the current municipality) and where their portal access stands. */
    public AccessState accessOf(KeyFigureId id) {
        return transactions.execute(tx -> {
            keyFigures.find(id);
            MunicipalityId municipality = CurrentTenant.require();
            Optional<KeyFigureAccount> account = accounts.keyFigureAccount(municipality, id.value());
            Optional<Invitation> latest = invitations.latest(municipality, id);
            Access access;
            if (account.isPresent()) {
                access = account.get().active() ? Access.ACTIVE : Access.BLOCKED;
            } else if (latest.isPresent() && latest.get().status() == Invitation.Status.OPEN) {
                access = latest.get().usableAt(clock.instant()) ? Access.INVITED : Access.EXPIRED;
            } else {
                access = Access.NONE;
            }
            return new AccessState(access, latest, account);
        });
    }

    /**
     * Invites a key figure: revokes earlier links, stores the hash of a new one and publishes
     * {@link PortalInvitationCreated}, whose mail goes out after the commit (and is tried again
     * later if the mail server refuses it). Refused (nothing written, nothing sent) without an
     * e-mail address, in the wrong status or with an account already.
     */
    public Instant invite(KeyFigureId id, UUID invitedBy) {
        return transactions.execute(tx -> {
            MunicipalityId municipality = CurrentTenant.require();
            KeyFigure keyFigure = keyFigures.find(id);
            List<FieldProblem> problems = new ArrayList<>();
            if (accounts.keyFigureAccount(municipality, id.value()).isPresent()) {
                problems.add(new FieldProblem("invite", "portal.invite.hasAccount"));
            } else if (keyFigure.email() == null) {
                problems.add(new FieldProblem("invite", "portal.invite.noEmail"));
            } else if (!INVITABLE.contains(keyFigure.status())) {
                problems.add(new FieldProblem("invite", "portal.invite.wrongStatus"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            Instant now = clock.instant();
            Instant expires = now.plus(properties.invitationValidity());
            InvitationCode code = InvitationCode.generate(municipality);
            invitations.revokeOpen(municipality, id);
            invitations.insert(municipality, UUID.randomUUID(), id, code.hash(), invitedBy, now, expires);
            audit.record(AuditAction.INVITED, AuditOutcome.SUCCESS, "key_figure", id.value());
            events.publishEvent(new PortalInvitationCreated(municipality, id.value(), municipalityName(municipality),
                    encryption.encrypt("/uitnodiging?code=" + code.text()), expires));
            return expires;
        });
    }

    /** Blocks the key figure's portal account; false when there was no active one. */
    public boolean block(KeyFigureId id) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            keyFigures.find(id);
            return accounts.blockKeyFigureAccount(CurrentTenant.require(), id.value());
        }));
    }

    /** Invitations not accepted in time, oldest expiry first. */
    public List<Invitation> expired() {
        return transactions.execute(tx -> invitations.expiredOpen(CurrentTenant.require(), clock.instant()));
    }

    long countExpired() {
        return transactions.execute(tx -> invitations.countExpiredOpen(CurrentTenant.require(), clock.instant()));
    }

    /** The invitation behind a link, if it can still be used; nothing tells why not. */
    public Optional<OpenInvitation> open(String text) {
        Optional<InvitationCode> code = InvitationCode.parse(text);
        if (code.isEmpty() || municipalities.find(code.get().municipality()).isEmpty()) {
            return Optional.empty();
        }
        MunicipalityId municipality = code.get().municipality();
        return CurrentTenant.callAs(municipality, () -> transactions.execute(tx -> usable(code.get())
                .map(found -> new OpenInvitation(code.get().text(), municipalityName(municipality),
                        found.keyFigure().email().value(), found.invitation().expiresAt()))));
    }

    /**
     * Accepts an invitation: checks the chosen user name and password, then in one transaction
     * uses up the invitation (conditionally, so a second submit finds it used) and creates the
     * key figure's account.
     */
    public Acceptance accept(String text, String username, String password, String repeated) {
        Optional<InvitationCode> code = InvitationCode.parse(text);
        if (code.isEmpty() || municipalities.find(code.get().municipality()).isEmpty()) {
            return Acceptance.INVALID;
        }
        MunicipalityId municipality = code.get().municipality();
        try {
            return CurrentTenant.callAs(municipality, () -> transactions.execute(tx -> {
                Optional<Usable> usable = usable(code.get());
                if (usable.isEmpty()) {
                    return Acceptance.INVALID;
                }
                String name = username == null ? "" : username.strip();
                List<FieldProblem> problems = check(name, password, repeated);
                if (!problems.isEmpty()) {
                    return Acceptance.problems(problems);
                }
                KeyFigure keyFigure = usable.get().keyFigure();
                if (!invitations.consume(municipality, usable.get().invitation().id(), clock.instant())) {
                    return Acceptance.INVALID;
                }
                accounts.createKeyFigureAccount(municipality, keyFigure.id().value(), name, keyFigure.displayName(),
                        password);
                audit.record(AuditAction.INVITATION_USED, AuditOutcome.SUCCESS, "key_figure", keyFigure.id().value());
                return Acceptance.DONE;
            }));
        } catch (DuplicateKeyException e) {
            // Someone took the user name (or created the account) between the check and the insert: rolled back.
            return Acceptance.problems(List.of(new FieldProblem("gebruikersnaam", "portal.accept.usernameTaken")));
        }
    }

    private record Usable(Invitation invitation, KeyFigure keyFigure) {
    }

    private Optional<Usable> usable(InvitationCode code) {
        MunicipalityId municipality = CurrentTenant.require();
        Optional<Invitation> invitation = invitations.byTokenHash(municipality, code.hash())
                .filter(i -> i.usableAt(clock.instant()));
        if (invitation.isEmpty() || accounts.keyFigureAccount(municipality, invitation.get().keyFigure().value()).isPresent()) {
            return Optional.empty();
        }
        try {
            KeyFigure keyFigure = keyFigures.find(invitation.get().keyFigure());
            return INVITABLE.contains(keyFigure.status()) && keyFigure.email() != null
                    ? Optional.of(new Usable(invitation.get(), keyFigure)) : Optional.empty();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private List<FieldProblem> check(String username, String password, String repeated) {
        List<FieldProblem> problems = new ArrayList<>();
        if (username.isEmpty()) {
            problems.add(new FieldProblem("gebruikersnaam", "portal.accept.usernameRequired"));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("gebruikersnaam", "portal.accept.usernameInvalid"));
        } else if (accounts.exists(username)) {
            problems.add(new FieldProblem("gebruikersnaam", "portal.accept.usernameTaken"));
        }
        if (password == null || !password.equals(repeated)) {
            problems.add(new FieldProblem("herhaling", "password.mismatch"));
        } else {
            passwordPolicy.check(password, username).forEach(
                    v -> problems.add(new FieldProblem("wachtwoord", v.messageKey())));
        }
        return problems;
    }

    private String municipalityName(MunicipalityId municipality) {
        return municipalities.find(municipality).map(Municipality::name).orElse("Sleutelnet");
    }
}
