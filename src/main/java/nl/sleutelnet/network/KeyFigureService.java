package nl.sleutelnet.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditActor;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.identity.AccountId;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.network.KeyFigureEvents.Kind;
import nl.sleutelnet.shared.ConcurrentChangeException;
import nl.sleutelnet.shared.EmailAddress;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.shared.PersonName;
import nl.sleutelnet.shared.PhoneNumber;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The register of key figures of the current user's municipality. Opening one and every
 * change are logged in the audit trail (ids and codes only).
 */
@Service
@Transactional(readOnly = true)
public class KeyFigureService {

    public static final int MAX_QUERY_LENGTH = KeyFigureSearch.MAX_QUERY_LENGTH;

    private final KeyFigures keyFigures;
    private final KeyFigureEvents events;
    private final NetworkReference reference;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final BulkKeyFigures bulk;

    KeyFigureService(KeyFigures keyFigures, KeyFigureEvents events, NetworkReference reference,
            AccountService accounts, AuditTrail audit, Clock clock, BulkKeyFigures bulk) {
        this.bulk = bulk;
        this.keyFigures = keyFigures;
        this.events = events;
        this.reference = reference;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Searches the register; bad criteria are an {@link IllegalArgumentException} (callers check {@code problem()} first). */
    public Page<KeyFigure> search(KeyFigureSearch criteria, PageRequest page) {
        if (criteria.problem() != null) {
            throw new IllegalArgumentException(criteria.problem());
        }
        MunicipalityId municipality = CurrentTenant.require();
        return keyFigures.search(municipality, criteria, LocalDate.now(clock), page,
                criteria.withoutContact() ? activeStaff(municipality) : Set.of());
    }

    /** How many key figures the criteria find, for counts without a list (e.g. on the start page). */
    public long count(KeyFigureSearch criteria) {
        if (criteria.problem() != null) {
            throw new IllegalArgumentException(criteria.problem());
        }
        MunicipalityId municipality = CurrentTenant.require();
        return keyFigures.count(municipality, criteria, LocalDate.now(clock),
                criteria.withoutContact() ? activeStaff(municipality) : Set.of());
    }

    /** Candidates and key figures in intake, longest waiting first. */
    public Page<Candidate> candidates(PageRequest page) {
        return keyFigures.candidates(CurrentTenant.require(), page);
    }

    /** The municipality's staff (also inactive accounts, so that names in records stay readable). */
    public List<StaffMember> staff() {
        return accounts.staffOf(CurrentTenant.require());
    }

    /** Active partner professionals of the municipality, with whom a key figure can be shared. */
    public List<StaffMember> partners() {
        return staff().stream().filter(s -> s.active() && s.roles().contains(Role.PARTNER)).toList();
    }

    /** Active and paused key figures whose contact person is missing or no longer has an active account. */
    public long countWithoutContact() {
        MunicipalityId municipality = CurrentTenant.require();
        return keyFigures.countWithoutContact(municipality, activeStaff(municipality));
    }

    /** How many active and paused key figures have this staff member as their fixed contact person. */
    public long contactLoad(UUID contactPerson) {
        return keyFigures.contactLoad(CurrentTenant.require(), contactPerson);
    }

    /**
     * Hands the active and paused key figures of one contact person over to another (when the first
     * leaves); each change is audited. The caller checks that {@code to} is an active coordinator.
     */
    @Transactional
    public int handOverContacts(UUID from, UUID to) {
        List<UUID> changed = keyFigures.handOverContacts(CurrentTenant.require(), from, to);
        changed.forEach(id -> audit.record(AuditAction.CONTACT_PERSON_HANDED_OVER, AuditOutcome.SUCCESS, "key_figure", id));
        return changed.size();
    }

    private Set<UUID> activeStaff(MunicipalityId municipality) {
        return accounts.staffOf(municipality).stream().filter(StaffMember::active).map(StaffMember::id)
                .collect(Collectors.toSet());
    }

    public Page<KeyFigure> search(String query, PageRequest page) {
        return search(KeyFigureSearch.byName(query), page);
    }

    public long count() {
        return keyFigures.count(CurrentTenant.require());
    }

    @Transactional
    public KeyFigure get(KeyFigureId id) {
        KeyFigure found = find(id);
        audit.record(AuditAction.READ, AuditOutcome.SUCCESS, "key_figure", id.value());
        return found;
    }

    /** For other modules that only need to know the key figure exists here (no read is logged). */
    public KeyFigure find(KeyFigureId id) {
        return keyFigures.find(CurrentTenant.require(), id).orElseThrow(() -> new NotFoundException("key_figure"));
    }

    /**
     * The key figures of the current municipality with this e-mail address, for signing in by link
     * (the portal mails them; no read is logged, nothing about them leaves this call but the id).
     */
    public List<KeyFigureId> withEmail(EmailAddress email) {
        return keyFigures.withEmail(CurrentTenant.require(), email.value());
    }

    public List<NetworkKind> networkKinds() {
        return reference.kinds(CurrentTenant.require());
    }

    public List<Area> areas() {
        return reference.areas(CurrentTenant.require());
    }

    /** Names of the municipality's areas by CBS code, for showing codes as names. */
    public java.util.Map<String, String> areaNames() {
        return Area.namesByCode(areas());
    }

    /** What is wrong with a draft, as field problems with message keys; empty when it may be saved. */
    public List<FieldProblem> validate(KeyFigureDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        draft.checkName(problems);
        if (!EmailAddress.isValid(draft.email())) {
            problems.add(new FieldProblem("email", "keyFigure.email.invalid"));
        }
        if (!PhoneNumber.isValid(draft.phone())) {
            problems.add(new FieldProblem("phone", "keyFigure.phone.invalid"));
        }
        String language = draft.preferredLanguage();
        if (language != null && !language.isBlank() && !language.strip().matches("[a-zA-Z]{2}")) {
            problems.add(new FieldProblem("preferredLanguage", "keyFigure.language.invalid"));
        }
        Set<String> areas = reference.areas(CurrentTenant.require()).stream().map(Area::code).collect(Collectors.toSet());
        if (!areas.containsAll(draft.areaCodes())) {
            problems.add(new FieldProblem("areaCodes", "keyFigure.area.unknown"));
        }
        List<NetworkKind> kinds = reference.kinds(CurrentTenant.require());
        Set<String> open = kinds.stream().filter(k -> !k.sensitive() && k.active()).map(NetworkKind::code)
                .collect(Collectors.toSet());
        Set<String> sensitive = kinds.stream().filter(NetworkKind::sensitive).map(NetworkKind::code)
                .collect(Collectors.toSet());
        if (draft.networkKinds().stream().anyMatch(sensitive::contains)) {
            problems.add(new FieldProblem("networkKinds", "keyFigure.networkKind.sensitive"));
        } else if (!open.containsAll(draft.networkKinds())) {
            problems.add(new FieldProblem("networkKinds", "keyFigure.networkKind.unknown"));
        }
        if (draft.introducedBy() != null
                && staff().stream().noneMatch(s -> s.id().equals(draft.introducedBy()))) {
            problems.add(new FieldProblem("introducedBy", "keyFigure.introducedBy.unknown"));
        }
        return problems;
    }

    /** Registers a new key figure as a candidate. */
    @Transactional
    public KeyFigureId register(KeyFigureDraft draft) {
        return register(draft, KeyFigureStatus.CANDIDATE);
    }

    @Transactional
    public KeyFigureId register(KeyFigureDraft draft, KeyFigureStatus status) {
        List<FieldProblem> problems = validate(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MunicipalityId municipality = CurrentTenant.require();
        KeyFigureId id = new KeyFigureId(UUID.randomUUID());
        LocalDate today = LocalDate.now(clock);
        keyFigures.insert(fromDraft(municipality, id, draft, status, 0,
                status == KeyFigureStatus.ACTIVE ? today : null));
        events.record(municipality, id, Kind.CREATED, actor(), null);
        audit.record(AuditAction.CREATE, AuditOutcome.SUCCESS, "key_figure", id.value());
        return id;
    }

    /** Changes the registered details; {@code version} is the one the user saw (someone else's change wins). */
    @Transactional
    public void update(KeyFigureId id, int version, KeyFigureDraft draft) {
        KeyFigure current = find(id);
        List<FieldProblem> problems = validate(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        KeyFigure changed = fromDraft(current.municipality(), id, draft, current.status(), version, current.activeSince());
        if (current.version() != version || !keyFigures.updateDetails(changed)) {
            throw new ConcurrentChangeException();
        }
        events.record(current.municipality(), id, Kind.UPDATED, actor(), null);
        audit.record(AuditAction.UPDATE, AuditOutcome.SUCCESS, "key_figure", id.value());
    }

    /**
     * Existing key figures with the same e-mail address, phone number or name key
     * ({@link PersonName#matchKey()}) as the draft, other than {@code except} (may be null).
     */
    public List<PossibleDuplicate> possibleDuplicates(KeyFigureDraft draft, KeyFigureId except) {
        EmailAddress email = EmailAddress.parse(draft.email()).orElse(null);
        PhoneNumber phone = PhoneNumber.parse(draft.phone()).orElse(null);
        String nameKey = draft.givenName() == null || draft.givenName().isBlank() || draft.familyName() == null
                || draft.familyName().isBlank() ? null
                        : PersonName.fold(draft.givenName()) + "|" + PersonName.fold(draft.familyName());
        List<PossibleDuplicate> found = new ArrayList<>();
        for (KeyFigure k : keyFigures.all(CurrentTenant.require())) {
            if (k.id().equals(except)) {
                continue;
            }
            Set<PossibleDuplicate.Match> matches = EnumSet.noneOf(PossibleDuplicate.Match.class);
            if (email != null && email.equals(k.email())) {
                matches.add(PossibleDuplicate.Match.EMAIL);
            }
            if (phone != null && phone.equals(k.phone())) {
                matches.add(PossibleDuplicate.Match.PHONE);
            }
            if (nameKey != null && nameKey.equals(k.name().matchKey())) {
                matches.add(PossibleDuplicate.Match.NAME);
            }
            if (!matches.isEmpty()) {
                found.add(new PossibleDuplicate(k.id(), k.displayName(), k.status(), matches));
            }
        }
        return found;
    }

    /**
     * Moves a key figure along its lifecycle ({@link KeyFigureStatus#next()}). Becoming active
     * sets the active-since date (once); ending sets the end date, the reason and the exit
     * conversation date. Answers the key figure as it is now.
     */
    @Transactional
    public KeyFigure changeStatus(KeyFigureId id, StatusChange change) {
        KeyFigure current = find(id);
        if (change.version() != current.version()) {
            throw new ConcurrentChangeException();
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        KeyFigureStatus target = change.target();
        if (target == null) {
            problems.add(new FieldProblem("status", "keyFigure.status.required"));
        } else if (!current.status().canMoveTo(target)) {
            problems.add(new FieldProblem("status", "keyFigure.status.notAllowed"));
        }
        boolean ending = target == KeyFigureStatus.ENDED;
        if (ending && change.endReason() == null) {
            problems.add(new FieldProblem("endReason", "keyFigure.endReason.required"));
        }
        if (ending && change.exitConversationOn() == null && !change.noExitConversation()) {
            problems.add(new FieldProblem("exitConversationOn", "keyFigure.exitConversation.required"));
        } else if (ending && change.exitConversationOn() != null && change.noExitConversation()) {
            problems.add(new FieldProblem("exitConversationOn", "keyFigure.exitConversation.both"));
        } else if (ending && change.exitConversationOn() != null && change.exitConversationOn().isAfter(today)) {
            problems.add(new FieldProblem("exitConversationOn", "keyFigure.exitConversation.future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate activeSince = target == KeyFigureStatus.ACTIVE && current.activeSince() == null ? today
                : current.activeSince();
        KeyFigure changed = new KeyFigure(current.municipality(), id, current.name(), current.email(), current.phone(),
                current.preferredLanguage(), current.preferredChannel(), current.roleTypes(),
                current.newToMunicipality(), target, current.introducedBy(), current.contactPerson(),
                current.backupContact(), current.contactCadenceDays(), current.lastContactOn(),
                current.nextContactDue(), activeSince, ending ? today : null, ending ? change.endReason() : null,
                ending ? change.exitConversationOn() : null, current.areaCodes(), current.networkKinds(),
                change.version());
        if (!keyFigures.updateStatus(changed)) {
            throw new ConcurrentChangeException();
        }
        events.record(current.municipality(), id, Kind.STATUS_CHANGED, current.status(), target,
                changed.endReason(), actor(), null);
        audit.record(AuditAction.STATUS_CHANGED, AuditOutcome.SUCCESS, "key_figure", id.value());
        return find(id);
    }

    /** Lets a partner professional of the municipality see this key figure and log contact with them. */
    @Transactional
    public void share(KeyFigureId id, UUID partner) {
        KeyFigure keyFigure = find(id);
        if (partner == null || partners().stream().noneMatch(p -> p.id().equals(partner))) {
            throw new InvalidInputException(List.of(new FieldProblem("partner", "keyFigure.share.unknownPartner")));
        }
        if (keyFigure.status() == KeyFigureStatus.ENDED) {
            throw new InvalidInputException(List.of(new FieldProblem("partner", "keyFigure.share.ended")));
        }
        if (keyFigures.share(keyFigure.municipality(), id, partner)) {
            events.record(keyFigure.municipality(), id, Kind.SHARED, actor(), partner);
            audit.record(AuditAction.SHARED, AuditOutcome.SUCCESS, "key_figure", id.value());
        }
    }

    /** Stops sharing this key figure with a partner's account; sharing that did not exist is no change. */
    @Transactional
    public void unshare(KeyFigureId id, UUID partner) {
        KeyFigure keyFigure = find(id);
        if (partner == null) {
            throw new InvalidInputException(List.of(new FieldProblem("partner", "keyFigure.share.unknownPartner")));
        }
        if (keyFigures.unshare(keyFigure.municipality(), id, partner)) {
            events.record(keyFigure.municipality(), id, Kind.UNSHARED, actor(), partner);
            audit.record(AuditAction.UNSHARED, AuditOutcome.SUCCESS, "key_figure", id.value());
        }
    }

    /** With whom this key figure is shared, oldest first. */
    public List<Share> sharesOf(KeyFigureId id) {
        return keyFigures.sharesOf(CurrentTenant.require(), find(id).id());
    }

    /** The signed-in account, for the event history (codes and ids only). */
    private static UUID actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AuditActor a ? a.actorId() : null;
    }

    /** Sets the fixed contact person, the backup and the agreed rhythm (from the agreement). */
    @Transactional
    public void arrangeContact(KeyFigureId id, UUID contactPerson, UUID backup, Integer cadenceDays) {
        find(id);
        keyFigures.arrangeContact(CurrentTenant.require(), id, contactPerson, backup, cadenceDays);
    }

    /** A contact took place on the given day: moves the next due date of the rhythm. */
    @Transactional
    public void contactRecorded(KeyFigureId id, LocalDate on) {
        keyFigures.contactRecorded(CurrentTenant.require(), id, on);
    }

    /** Whether a partner professional's account may see and log contact with this key figure. */
    public boolean isSharedWith(KeyFigureId id, AccountId account) {
        return keyFigures.isSharedWith(CurrentTenant.require(), id, account.value());
    }

    /**
     * Writes the new key figures of an import in a few set-based statements, inside the caller's
     * transaction (the import's all-or-nothing commit), which then reuses plans (ADR 0013). An
     * active one is active from today, as with {@link #register}. The caller audits the batch.
     */
    @Transactional
    public void importAll(List<ImportedKeyFigure> rows) {
        bulk.insert(CurrentTenant.require(), rows, LocalDate.now(clock));
    }

    /** Fills the empty fields of existing key figures from an import; returns how many rows changed. */
    @Transactional
    public int mergeImported(List<ImportedKeyFigure.Merge> merges) {
        return bulk.merge(CurrentTenant.require(), merges);
    }

    private KeyFigure fromDraft(MunicipalityId municipality, KeyFigureId id, KeyFigureDraft d, KeyFigureStatus status,
            int version, LocalDate activeSince) {
        Set<RoleType> roles = d.roleTypes().isEmpty() ? EnumSet.noneOf(RoleType.class) : EnumSet.copyOf(d.roleTypes());
        String language = d.preferredLanguage() == null || d.preferredLanguage().isBlank() ? "nl"
                : d.preferredLanguage().strip().toLowerCase(Locale.ROOT);
        return new KeyFigure(municipality, id, new PersonName(d.givenName(), d.namePrefix(), d.familyName()),
                EmailAddress.parse(d.email()).orElse(null), PhoneNumber.parse(d.phone()).orElse(null), language,
                d.preferredChannel() == null ? ContactChannel.PHONE : d.preferredChannel(), roles,
                d.newToMunicipality(), status, d.introducedBy(), null, null, null, null, null, activeSince, null, null,
                null, List.copyOf(new LinkedHashSet<>(d.areaCodes())), List.copyOf(new LinkedHashSet<>(d.networkKinds())),
                version);
    }
}
