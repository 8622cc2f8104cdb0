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

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
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
    private final NetworkReference reference;
    private final AuditTrail audit;
    private final Clock clock;

    KeyFigureService(KeyFigures keyFigures, NetworkReference reference, AuditTrail audit, Clock clock) {
        this.keyFigures = keyFigures;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** Searches the register; bad criteria are an {@link IllegalArgumentException} (callers check {@code problem()} first). */
    public Page<KeyFigure> search(KeyFigureSearch criteria, PageRequest page) {
        if (criteria.problem() != null) {
            throw new IllegalArgumentException(criteria.problem());
        }
        return keyFigures.search(CurrentTenant.require(), criteria, LocalDate.now(clock), page);
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

    public List<NetworkKind> networkKinds() {
        return reference.kinds(CurrentTenant.require());
    }

    public List<Area> areas() {
        return reference.areas(CurrentTenant.require());
    }

    /** Names of the municipality's areas by CBS code, for showing codes as names. */
    public java.util.Map<String, String> areaNames() {
        return areas().stream().collect(Collectors.toMap(Area::code, Area::name, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    /** What is wrong with a draft, as field problems with message keys; empty when it may be saved. */
    public List<FieldProblem> validate(KeyFigureDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        name(draft, problems);
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
        audit.record(AuditAction.CREATE, AuditOutcome.SUCCESS, "key_figure", id.value());
        return id;
    }

    /** Changes the registered details; {@code version} is the one the user saw (someone else's change wins). */
    @Transactional
    public void update(KeyFigureId id, int version, KeyFigureDraft draft) {
        List<FieldProblem> problems = validate(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        KeyFigure current = find(id);
        KeyFigure changed = fromDraft(current.municipality(), id, draft, current.status(), version, current.activeSince());
        if (!keyFigures.updateDetails(changed)) {
            throw new ConcurrentChangeException();
        }
        audit.record(AuditAction.UPDATE, AuditOutcome.SUCCESS, "key_figure", id.value());
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
    public boolean isSharedWith(KeyFigureId id, UUID account) {
        return keyFigures.isSharedWith(CurrentTenant.require(), id, account);
    }

    private static void name(KeyFigureDraft draft, List<FieldProblem> problems) {
        checkPart("givenName", draft.givenName(), PersonName.MAX_PART, true, problems);
        checkPart("namePrefix", draft.namePrefix(), PersonName.MAX_PREFIX, false, problems);
        checkPart("familyName", draft.familyName(), PersonName.MAX_PART, true, problems);
    }

    private static void checkPart(String field, String value, int max, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "keyFigure." + field + ".required"));
            }
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "keyFigure." + field + ".tooLong"));
        } else if (value.chars().anyMatch(Character::isISOControl) || value.matches(".*[<>{}\\[\\]=@#$%^*|\\\\].*")) {
            problems.add(new FieldProblem(field, "keyFigure.name.invalidCharacters"));
        }
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
