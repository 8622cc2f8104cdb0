package nl.sleutelnet.agreement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.CurrentUser;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.network.ContactArranged;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.shared.ConcurrentChangeException;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.shared.TextRule;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Agreements with key figures and the municipality's agreement text. Every save adds a
 * version and never changes an earlier one; creating a version also sets the key figure's
 * contact arrangement. Changes and acceptances are audited (ids only).
 */
@Service
@Transactional(readOnly = true)
public class AgreementService {

    public static final List<String> LANGUAGES = List.of("nl", "en");
    public static final int MAX_TEXT = 4000;
    public static final int MAX_CLAUSE = 2000;
    public static final int MIN_CADENCE = 7;
    public static final int MAX_CADENCE = 366;
    /** Reviews due within this many days (or passed) are on the work list. */
    public static final int REVIEW_WINDOW_DAYS = 30;
    /** Versions waiting longer than this for acceptance are on the work list. */
    public static final int ACCEPTANCE_WAIT_DAYS = 14;
    private static final Set<Role> CONTACT_ROLES = EnumSet.of(Role.COORDINATOR, Role.CONCERN_HANDLER, Role.PARTNER);

    private final Agreements agreements;
    private final AgreementTemplates templates;
    private final KeyFigureService keyFigures;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgreementService(Agreements agreements, AgreementTemplates templates, KeyFigureService keyFigures,
            AccountService accounts, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.agreements = agreements;
        this.templates = templates;
        this.keyFigures = keyFigures;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The language a value names, or Dutch for anything else. */
    public static String language(String value) {
        return "en".equals(value) ? "en" : "nl";
    }

    /** The fixed sentence every partner clause must contain. */
    public String partnerCore(String language) {
        return DefaultTemplates.PARTNER_CORE.get(language(language));
    }

    /** The municipality's current text in a language; the built-in default until it saves its own. */
    public AgreementTemplate template(String language) {
        String lang = language(language);
        return templates.latest(CurrentTenant.require(), lang)
                .orElseGet(() -> new AgreementTemplate(lang, 0, DefaultTemplates.texts(lang), null));
    }

    /** Saves the text as the next version of the municipality's template; returns the version. */
    @Transactional
    public int saveTemplate(String language, AgreementTexts texts) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!LANGUAGES.contains(language)) {
            problems.add(new FieldProblem("taal", "agreement.error.language"));
        }
        AgreementTexts clean = checkTexts(texts, problems);
        if (problems.isEmpty() && !DefaultTemplates.containsCore(language, clean.partnerClause())) {
            problems.add(new FieldProblem("partnerclausule", "agreement.error.partnerClause"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = UUID.randomUUID();
        int version;
        try {
            version = templates.add(CurrentTenant.require(), language, id, clean, currentAccount());
        } catch (DuplicateKeyException e) {
            throw new ConcurrentChangeException();
        }
        audit.record(AuditAction.CREATE, AuditOutcome.SUCCESS, "agreement_template", id);
        return version;
    }

    /** Staff who can be a key figure's contact person or backup (active, with a contact role). */
    public List<StaffMember> contactStaff() {
        return accounts.staffOf(CurrentTenant.require()).stream()
                .filter(s -> s.active() && s.roles().stream().anyMatch(CONTACT_ROLES::contains)).toList();
    }

    /** Names of the municipality's staff by account id (also inactive ones, for older versions). */
    public Map<UUID, String> staffNames() {
        return accounts.staffOf(CurrentTenant.require()).stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName, (a, b) -> a));
    }

    /** All versions of a key figure's agreement, newest first; an unknown key figure is not found. */
    public List<Agreement> versions(KeyFigureId keyFigure) {
        keyFigures.find(keyFigure);
        return agreements.of(CurrentTenant.require(), keyFigure);
    }

    public Agreement get(AgreementId id) {
        return agreements.find(CurrentTenant.require(), id).orElseThrow(() -> new NotFoundException("agreement"));
    }

    /** What is wrong with a draft, as field problems; empty when it may be saved. */
    public List<FieldProblem> validate(AgreementDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.language() != null && !LANGUAGES.contains(draft.language())) {
            problems.add(new FieldProblem("taal", "agreement.error.language"));
        }
        if (draft.roleTypes() == null || draft.roleTypes().isEmpty()) {
            problems.add(new FieldProblem("rollen", "agreement.error.roles"));
        }
        checkText("verwachtingenGemeente", draft.municipalityExpectations(), MAX_TEXT, problems);
        checkText("verwachtingenSleutelfiguur", draft.keyFigureExpectations(), MAX_TEXT, problems);
        if (draft.cadenceDays() == null || draft.cadenceDays() < MIN_CADENCE || draft.cadenceDays() > MAX_CADENCE) {
            problems.add(new FieldProblem("contactritmeDagen", "agreement.error.cadence"));
        }
        Set<UUID> staff = contactStaff().stream().map(StaffMember::id).collect(Collectors.toSet());
        if (draft.contactPerson() == null || !staff.contains(draft.contactPerson())) {
            problems.add(new FieldProblem("contactpersoon", "agreement.error.contactPerson"));
        }
        if (draft.backupContact() == null || !staff.contains(draft.backupContact())) {
            problems.add(new FieldProblem("vervanger", "agreement.error.backup"));
        } else if (draft.backupContact().equals(draft.contactPerson())) {
            problems.add(new FieldProblem("vervanger", "agreement.error.backupSame"));
        }
        LocalDate today = LocalDate.now(clock);
        if (draft.reviewOn() == null) {
            problems.add(new FieldProblem("herzieningsdatum", "agreement.error.reviewRequired"));
        } else if (!draft.reviewOn().isAfter(today)) {
            problems.add(new FieldProblem("herzieningsdatum", "agreement.error.reviewPast"));
        } else if (draft.reviewOn().isAfter(today.plusYears(3))) {
            problems.add(new FieldProblem("herzieningsdatum", "agreement.error.reviewTooFar"));
        }
        return problems;
    }

    /**
     * Records a new version, waiting for the key figure's acceptance, with the information
     * handling and partner clause of the current template, and sets the contact arrangement.
     */
    @Transactional
    public Agreement create(KeyFigureId keyFigure, AgreementDraft draft) {
        keyFigures.find(keyFigure);
        List<FieldProblem> problems = validate(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Agreement created = insert(keyFigure, draft, currentAccount(), clock.instant());
        audit.record(AuditAction.CREATE, AuditOutcome.SUCCESS, "agreement", created.id().value());
        return created;
    }

    /** Without validation or audit, with a given author and time: for demo data. */
    @Transactional
    Agreement insert(KeyFigureId keyFigure, AgreementDraft draft, UUID createdBy, Instant at) {
        MunicipalityId municipality = CurrentTenant.require();
        String language = language(draft.language());
        AgreementTemplate template = template(language);
        AgreementTexts fromTemplate = template.texts();
        AgreementTexts texts = new AgreementTexts(clean(draft.municipalityExpectations()),
                clean(draft.keyFigureExpectations()), fromTemplate.informationPurpose(),
                fromTemplate.informationAccess(), fromTemplate.informationRetention(), fromTemplate.informationRights(),
                fromTemplate.partnerClause());
        Agreement agreement = new Agreement(new AgreementId(UUID.randomUUID()), keyFigure,
                agreements.nextVersion(municipality, keyFigure), language, template.version(),
                EnumSet.copyOf(draft.roleTypes()), texts, draft.cadenceDays(), draft.contactPerson(),
                draft.backupContact(), draft.reviewOn(), createdBy, at.truncatedTo(ChronoUnit.MICROS), null, true);
        try {
            agreements.insert(municipality, agreement);
        } catch (DuplicateKeyException e) {
            throw new ConcurrentChangeException();
        }
        events.publishEvent(new ContactArranged(municipality, keyFigure, draft.contactPerson(), draft.backupContact(),
                draft.cadenceDays()));
        return agreement;
    }

    /** The latest version of the signed-in key figure's own agreement, if there is one. */
    public Optional<Agreement> current(KeyFigureId keyFigure) {
        return versions(keyFigure).stream().findFirst();
    }

    /** The newest version the key figure accepted, if any. */
    public Optional<Agreement> lastAccepted(KeyFigureId keyFigure) {
        return versions(keyFigure).stream().filter(Agreement::accepted).findFirst();
    }

    /**
     * The key figure accepts the version they read. Only the latest version can be accepted: a
     * version replaced in the meantime is refused with {@link StaleVersionException}.
     */
    @Transactional
    public Acceptance accept(KeyFigureId keyFigure, int version) {
        Agreement latest = current(keyFigure).orElseThrow(() -> new NotFoundException("agreement"));
        if (latest.version() != version) {
            throw new StaleVersionException(latest.version());
        }
        if (latest.accepted()) {
            return Acceptance.ALREADY_ACCEPTED;
        }
        if (!agreements.accept(CurrentTenant.require(), keyFigure, version, clock.instant())) {
            throw new StaleVersionException(latest.version());
        }
        audit.record(AuditAction.ACCEPTED, AuditOutcome.SUCCESS, "agreement", latest.id().value());
        return Acceptance.ACCEPTED;
    }

    /** Records that an agreement was downloaded as PDF. */
    @Transactional
    public void downloaded(Agreement agreement) {
        audit.record(AuditAction.DOWNLOAD, AuditOutcome.SUCCESS, "agreement", agreement.id().value());
    }

    /** Current versions whose review date has passed or falls within the review window. */
    public Page<Agreement> reviewDue(PageRequest page) {
        return agreements.reviewDue(CurrentTenant.require(), reviewLimit(), page);
    }

    /** Current versions waiting for acceptance for longer than the allowed wait. */
    public Page<Agreement> waitingTooLong(PageRequest page) {
        return agreements.waitingSince(CurrentTenant.require(), waitLimit(), page);
    }

    long countReviewDue() {
        return agreements.countReviewDue(CurrentTenant.require(), reviewLimit());
    }

    long countWaitingTooLong() {
        return agreements.countWaitingSince(CurrentTenant.require(), waitLimit());
    }

    /** Key figures of a list page, by id, for their names (no read is logged). */
    public Map<KeyFigureId, KeyFigure> keyFiguresOf(List<Agreement> list) {
        return list.stream().map(Agreement::keyFigure).distinct()
                .collect(Collectors.toMap(Function.identity(), keyFigures::find));
    }

    private LocalDate reviewLimit() {
        return LocalDate.now(clock).plusDays(REVIEW_WINDOW_DAYS);
    }

    private Instant waitLimit() {
        return clock.instant().minus(Duration.ofDays(ACCEPTANCE_WAIT_DAYS));
    }

    private static UUID currentAccount() {
        return CurrentUser.actingId();
    }

    private static AgreementTexts checkTexts(AgreementTexts t, List<FieldProblem> problems) {
        checkText("verwachtingenGemeente", t.municipalityExpectations(), MAX_TEXT, problems);
        checkText("verwachtingenSleutelfiguur", t.keyFigureExpectations(), MAX_TEXT, problems);
        checkText("informatieDoel", t.informationPurpose(), MAX_TEXT, problems);
        checkText("informatieWieZiet", t.informationAccess(), MAX_TEXT, problems);
        checkText("informatieBewaren", t.informationRetention(), MAX_TEXT, problems);
        checkText("informatieRechten", t.informationRights(), MAX_TEXT, problems);
        checkText("partnerclausule", t.partnerClause(), MAX_CLAUSE, problems);
        if (!problems.isEmpty()) {
            return t;
        }
        return new AgreementTexts(clean(t.municipalityExpectations()), clean(t.keyFigureExpectations()),
                clean(t.informationPurpose()), clean(t.informationAccess()), clean(t.informationRetention()),
                clean(t.informationRights()), clean(t.partnerClause()));
    }

    /** Line breaks as typed in a browser (CR LF) are stored as LF. */
    static String clean(String value) {
        return TextRule.clean(value);
    }

    /** Required, at most {@code max} characters, the text rule's characters (line breaks and tabs allowed). */
    static void checkText(String field, String value, int max, List<FieldProblem> problems) {
        TextRule.lines(max).required().check(field, value, problems);
    }

    /** How an acceptance went. */
    public enum Acceptance { ACCEPTED, ALREADY_ACCEPTED }

    /** The key figure accepted a version that is no longer the latest; nothing was recorded. */
    public static class StaleVersionException extends RuntimeException {

        private final int latest;

        StaleVersionException(int latest) {
            super("a newer version exists");
            this.latest = latest;
        }

        public int latest() {
            return latest;
        }
    }
}
