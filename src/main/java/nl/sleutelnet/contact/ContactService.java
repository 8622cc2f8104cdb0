package nl.sleutelnet.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.identity.AccountId;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.network.ContactChannel;
import nl.sleutelnet.network.ContactLogged;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureSearch;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.privacy.FieldEncryption;
import nl.sleutelnet.shared.Codes;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.shared.TextRule;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Contact moments of the current user's municipality. Coordinators see and log every contact;
 * partner professionals log only for key figures shared with them (anything else is "not
 * found") and see only the contacts they were present at. Notes are encrypted at rest and
 * shown only to coordinators and to whoever was present; every note shown is audited.
 */
@Service
@Transactional(readOnly = true)
public class ContactService {

    public static final int MAX_NOTE = 1000;
    public static final int MAX_ACTION = 200;
    public static final int MAX_FOLLOW_UPS = 10;
    public static final int MAX_PARTICIPANTS = 20;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final Set<Role> TAKING_PART = EnumSet.of(Role.COORDINATOR, Role.PARTNER);
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final ContactMoments contacts;
    private final FollowUpActions actions;
    private final DueKeyFigures due;
    private final ContactLoads loads;
    private final KeyFigureService keyFigures;
    private final AccountService accounts;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final ContactProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactService(ContactMoments contacts, FollowUpActions actions, DueKeyFigures due, ContactLoads loads,
            KeyFigureService keyFigures, AccountService accounts, FieldEncryption encryption, AuditTrail audit,
            ContactProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.contacts = contacts;
        this.actions = actions;
        this.due = due;
        this.loads = loads;
        this.keyFigures = keyFigures;
        this.accounts = accounts;
        this.encryption = encryption;
        this.audit = audit;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ContactProperties settings() {
        return properties;
    }

    /** The key figure, if the current user may log and see contacts with them; else "not found". */
    public KeyFigure keyFigure(KeyFigureId id) {
        KeyFigure keyFigure = keyFigures.find(id);
        Viewer viewer = Viewer.current();
        if (!viewer.coordinator() && !keyFigures.isSharedWith(id, new AccountId(viewer.account()))) {
            throw new NotFoundException("key_figure");
        }
        return keyFigure;
    }

    /** Who can be named as present or as owner of a follow-up: active coordinators and partner professionals. */
    public List<StaffMember> staff() {
        return accounts.staffOf(CurrentTenant.require()).stream()
                .filter(s -> s.active() && s.roles().stream().anyMatch(TAKING_PART::contains)).toList();
    }

    /** Names of all staff of the municipality (also former staff, so that old records stay readable). */
    public Map<UUID, StaffMember> staffById() {
        return accounts.staffOf(CurrentTenant.require()).stream()
                .collect(Collectors.toMap(StaffMember::id, Function.identity()));
    }

    public UUID currentAccount() {
        return Viewer.current().account();
    }

    /** Whether the current user is a coordinator, who sees every contact of the municipality. */
    public boolean currentUserCoordinates() {
        return Viewer.current().coordinator();
    }

    /** What is wrong with a draft, as field problems with message keys; empty when it may be saved. */
    public List<FieldProblem> validate(ContactMomentDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = date(draft.date(), "datum", problems);
        if (date != null && date.isAfter(today())) {
            problems.add(new FieldProblem("datum", "contact.date.future"));
        }
        if (blank(draft.channel())) {
            problems.add(new FieldProblem("kanaal", "contact.channel.required"));
        } else if (channel(draft.channel()) == null) {
            problems.add(new FieldProblem("kanaal", "contact.channel.unknown"));
        }
        Set<UUID> eligible = eligible();
        if (draft.participants().size() > MAX_PARTICIPANTS) {
            problems.add(new FieldProblem("aanwezigen", "contact.participants.tooMany"));
        } else if (draft.participants().stream().filter(p -> !blank(p)).map(ContactService::uuid)
                .anyMatch(id -> id == null || !eligible.contains(id))) {
            problems.add(new FieldProblem("aanwezigen", "contact.participants.unknown"));
        } else if (!Viewer.current().person() && draft.participants().stream().allMatch(ContactService::blank)) {
            // An API client logs a contact on behalf of staff who were there; it is never present itself.
            problems.add(new FieldProblem("aanwezigen", "contact.participants.required"));
        }
        List<String> topics = draft.topics().stream().filter(t -> !blank(t)).toList();
        if (topics.isEmpty()) {
            problems.add(new FieldProblem("onderwerpen", "contact.topics.required"));
        } else if (topics.stream().anyMatch(t -> topic(t) == null)) {
            problems.add(new FieldProblem("onderwerpen", "contact.topics.unknown"));
        }
        TextRule.lines(MAX_NOTE).tooLongKey("contact.note.tooLong").invalidKey("contact.note.invalid")
                .check("notitie", draft.note(), problems);
        List<ContactMomentDraft.FollowUpDraft> followUps = draft.followUps();
        if (followUps.size() > MAX_FOLLOW_UPS) {
            problems.add(new FieldProblem("vervolgacties", "contact.followUp.tooMany"));
            return problems;
        }
        for (int i = 0; i < followUps.size(); i++) {
            followUp(followUps.get(i), "vervolgacties[" + i + "].", date, eligible, problems);
        }
        return problems;
    }

    /** Logs a contact moment and moves the key figure's rhythm on; nothing is written when the draft is refused. */
    @Transactional
    public ContactMomentId log(KeyFigureId keyFigure, ContactMomentDraft draft) {
        keyFigure(keyFigure);
        List<FieldProblem> problems = validate(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Viewer viewer = Viewer.current();
        UUID me = viewer.account();
        Set<UUID> present = new LinkedHashSet<>();
        if (viewer.person()) {
            present.add(me);
        }
        draft.participants().stream().filter(p -> !blank(p)).map(ContactService::uuid).forEach(present::add);
        List<Topic> topics = draft.topics().stream().filter(t -> !blank(t)).map(ContactService::topic).distinct()
                .sorted().toList();
        LocalDate on = date(draft.date(), "datum", new ArrayList<>());
        List<FollowUp> followUps = draft.followUps().stream()
                .map(f -> new FollowUp(TextRule.clean(f.description()), uuid(f.owner()),
                        date(f.dueOn(), "", new ArrayList<>())))
                .toList();
        ContactMomentId id = record(keyFigure, on, channel(draft.channel()), topics,
                TextRule.clean(draft.note()), me, present, followUps);
        audit.record(AuditAction.CREATE, AuditOutcome.SUCCESS, "contact_moment", id.value());
        return id;
    }

    /** A follow-up action to store with a contact (validated). */
    record FollowUp(String description, UUID owner, LocalDate dueOn) {
    }

    /** Stores a validated contact moment (also used by the demo data). */
    ContactMomentId record(KeyFigureId keyFigure, LocalDate on, ContactChannel channel, Collection<Topic> topics,
            String note, UUID loggedBy, Collection<UUID> present, List<FollowUp> followUps) {
        MunicipalityId municipality = CurrentTenant.require();
        UUID id = UUID.randomUUID();
        contacts.insert(municipality, new ContactMoments.Row(id, keyFigure.value(), on, channel.name(),
                topics.stream().map(Enum::name).toList(), note == null ? null : encryption.encrypt(note), loggedBy,
                List.copyOf(present)));
        for (FollowUp f : followUps) {
            actions.insert(municipality, new FollowUpActions.Row(UUID.randomUUID(), id, keyFigure.value(),
                    encryption.encrypt(f.description()), f.owner(), f.dueOn(), null));
        }
        events.publishEvent(new ContactLogged(municipality, keyFigure, on));
        return new ContactMomentId(id);
    }

    /** The contacts with one key figure the current user may see, newest first; notes shown are audited. */
    @Transactional
    public Page<ContactMoment> contactsOf(KeyFigureId keyFigure, PageRequest page) {
        keyFigure(keyFigure);
        Viewer viewer = Viewer.current();
        return visible(contacts.ofKeyFigure(CurrentTenant.require(), keyFigure.value(), viewer.visibleTo(), page), viewer);
    }

    /**
     * How far past the requested page {@link #search} counts. Beyond that its total is a lower bound
     * ({@link #totalIsMinimum}): counting all of a large municipality's contacts exactly took half a
     * second per request at national scale.
     */
    public static final int COUNT_AHEAD = 1_000;

    /** Whether the total of a page from {@link #search} means "at least this many" rather than exactly. */
    public static boolean totalIsMinimum(Page<ContactMoment> page) {
        return ContactMoments.countStopped(page, COUNT_AHEAD);
    }

    /**
     * Contacts of the municipality the current user may see, by criteria (API), with a total counted
     * at most {@link #COUNT_AHEAD} rows past the page. Without notes: a list would audit a read per
     * note, and the note of one contact is read with {@link #get}.
     */
    @Transactional
    public Page<ContactMoment> search(ContactSearch criteria, PageRequest page) {
        List<FieldProblem> problems = criteria.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Viewer viewer = Viewer.current();
        ContactMoments.Filter filter = new ContactMoments.Filter(criteria.keyFigure(), criteria.from(), criteria.to(),
                criteria.topic() == null ? null : criteria.topic().name());
        return visible(contacts.search(CurrentTenant.require(), filter, viewer.visibleTo(), page, COUNT_AHEAD), viewer,
                false);
    }

    /** One contact moment the current user may see; else "not found". */
    @Transactional
    public ContactMoment get(ContactMomentId id) {
        Viewer viewer = Viewer.current();
        ContactMoments.Row row = contacts.find(CurrentTenant.require(), id.value(), viewer.visibleTo())
                .orElseThrow(() -> new NotFoundException("contact_moment"));
        return visible(new Page<>(List.of(row), 1, 1, 1), viewer).items().get(0);
    }

    /**
     * Marks a follow-up action done. Coordinators may close any; others only their own or one of a
     * contact they were present at (anything else is "not found"). Returns the key figure.
     */
    @Transactional
    public KeyFigureId markDone(FollowUpActionId id) {
        FollowUpActions.Row action = checkMayClose(id);
        if (actions.markDone(CurrentTenant.require(), id.value(), Viewer.current().account(), today())) {
            audit.record(AuditAction.UPDATE, AuditOutcome.SUCCESS, "follow_up_action", id.value());
        }
        return new KeyFigureId(action.keyFigure());
    }

    /** The action, if the current user may close it; else "not found". */
    FollowUpActions.Row checkMayClose(FollowUpActionId id) {
        MunicipalityId municipality = CurrentTenant.require();
        Viewer viewer = Viewer.current();
        FollowUpActions.Row action = actions.find(municipality, id.value())
                .orElseThrow(() -> new NotFoundException("follow_up_action"));
        if (!viewer.coordinator() && !viewer.account().equals(action.owner())
                && contacts.find(municipality, action.contactMoment(), viewer.account()).isEmpty()) {
            throw new NotFoundException("follow_up_action");
        }
        return action;
    }

    /** Refuses ("not found") when the current user may not close the action. */
    public void mayClose(FollowUpActionId id) {
        checkMayClose(id);
    }

    /** The current user's open follow-up actions, earliest due first. */
    public Page<OpenFollowUp> myOpenFollowUps(PageRequest page) {
        return actions.openOf(CurrentTenant.require(), Viewer.current().account(), page)
                .map(o -> new OpenFollowUp(follow(o.action(), true), o.keyFigureName()));
    }

    public long myOverdueFollowUps() {
        return actions.countOverdue(CurrentTenant.require(), Viewer.current().account(), today());
    }

    /** Active key figures with a rhythm whose contact is overdue (or never happened). */
    public Page<KeyFigure> overdue(boolean onlyMine, boolean byName, PageRequest page) {
        return keyFigures.search(overdue(onlyMine, byName), page);
    }

    /** How many active key figures are overdue for contact (the start page's line). */
    public long countOverdue() {
        return keyFigures.count(overdue(false, false));
    }

    private static KeyFigureSearch overdue(boolean onlyMine, boolean byName) {
        return new KeyFigureSearch(null, null, null, null, null, onlyMine ? Viewer.current().account() : null, true,
                byName ? KeyFigureSearch.Sort.NAME : KeyFigureSearch.Sort.NEXT_CONTACT, null);
    }

    /** Active key figures whose next contact is due today or in the six days after. */
    public Page<RhythmLine> dueThisWeek(boolean onlyMine, boolean byName, PageRequest page) {
        LocalDate today = today();
        return due.dueBetween(CurrentTenant.require(), today, today.plusDays(6),
                onlyMine ? Viewer.current().account() : null, byName, page);
    }

    /** Key figures shared with the current user (a partner professional). */
    public Page<KeyFigure> sharedWithMe(PageRequest page) {
        return keyFigures.search(KeyFigureSearch.byName(null).sharedWith(Viewer.current().account()), page);
    }

    /** Who contacted which key figure how often in a period; "veel contact" above the configured thresholds. */
    public Page<ContactLoad> coordination(LocalDate from, LocalDate to, ContactLoad.Sort sort, PageRequest page) {
        Map<UUID, StaffMember> staff = staffById();
        return loads.inPeriod(CurrentTenant.require(), from, to, ContactLoads.Sort.valueOf(sort.name()), page)
                .map(r -> {
                    List<ContactLoad.Person> people = new ArrayList<>();
                    for (int i = 0; i < r.people().size(); i++) {
                        StaffMember member = staff.get(r.people().get(i));
                        people.add(new ContactLoad.Person(r.people().get(i),
                                member == null ? null : member.displayName(),
                                member == null ? Set.of() : member.roles(), r.counts().get(i)));
                    }
                    boolean much = r.contacts() > properties.manyContacts() || r.distinctPeople() > properties.manyPeople();
                    return new ContactLoad(new KeyFigureId(r.keyFigure()), r.name(), r.contacts(), r.distinctPeople(),
                            r.lastContact(), people, much);
                });
    }

    private Page<ContactMoment> visible(Page<ContactMoments.Row> rows, Viewer viewer) {
        return visible(rows, viewer, true);
    }

    private Page<ContactMoment> visible(Page<ContactMoments.Row> rows, Viewer viewer, boolean withNotes) {
        Map<UUID, List<FollowUpActions.Row>> followUps = actions.ofContactMoments(CurrentTenant.require(),
                rows.items().stream().map(ContactMoments.Row::id).toList()).stream()
                .collect(Collectors.groupingBy(FollowUpActions.Row::contactMoment));
        return rows.map(r -> {
            boolean reads = viewer.readsNoteOf(r.participants());
            String note = withNotes && reads && r.note() != null ? encryption.decrypt(r.note()) : null;
            if (note != null) {
                audit.record(AuditAction.READ, AuditOutcome.SUCCESS, "contact_moment", r.id());
            }
            List<FollowUpAction> actionsOf = followUps.getOrDefault(r.id(), List.of()).stream()
                    .map(a -> follow(a, reads || viewer.account().equals(a.owner()))).toList();
            return new ContactMoment(new ContactMomentId(r.id()), new KeyFigureId(r.keyFigure()), r.occurredOn(),
                    ContactChannel.valueOf(r.channel()), r.topics().stream().map(Topic::valueOf).toList(),
                    r.note() != null, note, r.loggedBy(), r.participants(), actionsOf);
        });
    }

    private FollowUpAction follow(FollowUpActions.Row a, boolean readable) {
        return new FollowUpAction(new FollowUpActionId(a.id()), new ContactMomentId(a.contactMoment()),
                new KeyFigureId(a.keyFigure()), readable ? encryption.decrypt(a.description()) : null, a.owner(),
                a.dueOn(), a.doneOn());
    }

    private Set<UUID> eligible() {
        Set<UUID> ids = staff().stream().map(StaffMember::id).collect(Collectors.toSet());
        Viewer viewer = Viewer.current();
        if (viewer.person()) {
            ids.add(viewer.account());
        }
        return ids;
    }

    private void followUp(ContactMomentDraft.FollowUpDraft f, String prefix, LocalDate contactDate, Set<UUID> eligible,
            List<FieldProblem> problems) {
        TextRule.line(MAX_ACTION).required().requiredKey("contact.followUp.description.required")
                .tooLongKey("contact.followUp.description.tooLong").check(prefix + "omschrijving", f.description(),
                        problems);
        if (blank(f.owner())) {
            problems.add(new FieldProblem(prefix + "eigenaar", "contact.followUp.owner.required"));
        } else if (uuid(f.owner()) == null || !eligible.contains(uuid(f.owner()))) {
            problems.add(new FieldProblem(prefix + "eigenaar", "contact.followUp.owner.unknown"));
        }
        LocalDate dueOn = date(f.dueOn(), prefix + "datum", problems);
        if (dueOn != null && contactDate != null && dueOn.isBefore(contactDate)) {
            problems.add(new FieldProblem(prefix + "datum", "contact.followUp.due.beforeContact"));
        }
    }

    /** Parses an ISO date (2026-11-28, as date fields send it) or a Dutch one (28-11-2026). */
    static LocalDate date(String value, String field, List<FieldProblem> problems) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, "contact.date.required"));
            return null;
        }
        String s = value.strip();
        LocalDate parsed = null;
        if (s.length() <= 10) {
            try {
                parsed = LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                try {
                    parsed = LocalDate.parse(s, DUTCH_DATE);
                } catch (DateTimeParseException ignored) {
                    parsed = null;
                }
            }
        }
        if (parsed == null) {
            problems.add(new FieldProblem(field, "contact.date.invalid"));
        } else if (parsed.isBefore(EARLIEST) || parsed.getYear() > 2999) {
            problems.add(new FieldProblem(field, "contact.date.outOfRange"));
            return null;
        }
        return parsed;
    }

    static ContactChannel channel(String value) {
        return Codes.parse(ContactChannel.class, value).orElse(null);
    }

    static Topic topic(String value) {
        return Codes.parse(Topic.class, value).orElse(null);
    }

    static UUID uuid(String value) {
        try {
            return value == null || value.strip().length() != 36 ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
