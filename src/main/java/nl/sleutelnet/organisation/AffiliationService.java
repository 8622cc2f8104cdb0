package nl.sleutelnet.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.shared.Codes;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Affiliations of key figures with organisations. One that reveals a belief is recorded only
 * with explicit consent, encrypted, and shown to coordinators only; every other caller (other
 * roles, the API, exports) gets the plain ones.
 */
@Service
@Transactional(readOnly = true)
public class AffiliationService {

    /** The affiliations a user may see: {@code sensitive} stays empty for anyone but a coordinator. */
    public record View(List<Affiliation> plain, List<Affiliation> sensitive) {
    }

    private final Affiliations affiliations;
    private final Organisations organisations;
    private final ConsentTexts consentTexts;
    private final SensitivePayloads payloads;
    private final KeyFigureService keyFigures;
    private final AuditTrail audit;
    private final Clock clock;

    AffiliationService(Affiliations affiliations, Organisations organisations, ConsentTexts consentTexts,
            SensitivePayloads payloads, KeyFigureService keyFigures, AuditTrail audit, Clock clock) {
        this.affiliations = affiliations;
        this.organisations = organisations;
        this.consentTexts = consentTexts;
        this.payloads = payloads;
        this.keyFigures = keyFigures;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the current user may see of a key figure's affiliations; reading sensitive ones is audited. */
    @Transactional
    public View of(KeyFigureId keyFigure) {
        keyFigures.find(keyFigure);
        MunicipalityId municipality = CurrentTenant.require();
        List<Affiliation> plain = new ArrayList<>();
        List<Affiliation> sensitive = new ArrayList<>();
        boolean coordinator = Viewer.maySeeSensitive();
        for (Affiliations.Row row : affiliations.of(municipality, keyFigure)) {
            if (!row.sensitive()) {
                Affiliation affiliation = plain(municipality, row);
                if (coordinator || !revealsBelief(affiliation)) {
                    plain.add(affiliation);
                }
            } else if (coordinator) {
                sensitive.add(payloads.open(municipality, row));
                audit.record(AuditAction.READ, AuditOutcome.SUCCESS, "affiliation", row.id().value());
            }
        }
        return new View(plain, sensitive);
    }

    /** The plain affiliations only, for the API and anything that leaves the screen. */
    public List<Affiliation> plainOf(KeyFigureId keyFigure) {
        keyFigures.find(keyFigure);
        MunicipalityId municipality = CurrentTenant.require();
        return affiliations.of(municipality, keyFigure).stream().filter(r -> !r.sensitive())
                .map(r -> plain(municipality, r)).filter(a -> !revealsBelief(a)).toList();
    }

    /** A plain row whose organisation is missing or (by now) of a sensitive kind is never shown beyond a coordinator. */
    private static boolean revealsBelief(Affiliation plain) {
        return plain.organisation() == null || plain.organisation().sensitive();
    }

    /** The consent text that a new consent refers to (version 1 of the default text when there is none yet). */
    @Transactional
    public ConsentText currentConsentText() {
        MunicipalityId municipality = CurrentTenant.require();
        Optional<ConsentText> current = consentTexts.current(municipality);
        if (current.isPresent()) {
            return current.get();
        }
        consentTexts.installDefault(municipality);
        return consentTexts.current(municipality).orElseThrow();
    }

    public Optional<ConsentText> consentText(int version) {
        return consentTexts.find(CurrentTenant.require(), version);
    }

    /** Links the key figure to an organisation; one that reveals a belief needs the consent fields. */
    @Transactional
    public AffiliationId add(KeyFigureId keyFigure, AffiliationDraft draft) {
        keyFigures.find(keyFigure);
        MunicipalityId municipality = CurrentTenant.require();
        List<FieldProblem> problems = new ArrayList<>();
        Organisation organisation = organisation(municipality, draft.organisation(), problems);
        AffiliationFunction function = Codes.optional(AffiliationFunction.class, draft.function(), "functie",
                "affiliation.function.unknown", problems);
        if (organisation == null || !problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AffiliationId id = new AffiliationId(UUID.randomUUID());
        if (!organisation.sensitive()) {
            if (affiliations.of(municipality, keyFigure).stream()
                    .anyMatch(r -> organisation.id().equals(r.organisation()) && r.endedOn() == null)) {
                throw new InvalidInputException(List.of(new FieldProblem("organisatie", "affiliation.duplicate")));
            }
            affiliations.insertPlain(municipality, id, keyFigure, organisation.id(), function);
            audit.record(AuditAction.CREATE, AuditOutcome.SUCCESS, "affiliation", id.value());
            return id;
        }
        LocalDate givenOn = consent(draft, problems);
        ConsentMethod method = Codes.required(ConsentMethod.class, draft.consentMethod(), "toestemmingWijze",
                "affiliation.consentMethod.required", problems);
        Integer version = consentVersion(municipality, draft.consentVersion(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean already = affiliations.of(municipality, keyFigure).stream()
                .filter(r -> r.sensitive() && r.payload() != null)
                .map(r -> payloads.open(municipality, r))
                .anyMatch(a -> a.organisation() != null && a.organisation().id().equals(organisation.id()));
        if (already) {
            throw new InvalidInputException(List.of(new FieldProblem("organisatie", "affiliation.duplicate")));
        }
        affiliations.insertSensitive(municipality, id, keyFigure,
                payloads.seal(organisation.id(), function, organisation.kindCode()), version, givenOn, method);
        audit.record(AuditAction.CONSENT_GIVEN, AuditOutcome.SUCCESS, "affiliation", id.value());
        return id;
    }

    /** Ends a plain affiliation (kept as history); an unknown id or a sensitive one is not found. */
    @Transactional
    public void end(KeyFigureId keyFigure, String affiliation) {
        keyFigures.find(keyFigure);
        AffiliationId id = affiliationId(affiliation);
        if (!affiliations.endPlain(CurrentTenant.require(), keyFigure, id, LocalDate.now(clock))) {
            throw new NotFoundException("affiliation");
        }
        audit.record(AuditAction.UPDATE, AuditOutcome.SUCCESS, "affiliation", id.value());
    }

    /** Withdraws consent: the encrypted payload is deleted at once; the consent metadata stays as proof. */
    @Transactional
    public void withdrawConsent(KeyFigureId keyFigure, String affiliation) {
        keyFigures.find(keyFigure);
        AffiliationId id = affiliationId(affiliation);
        if (!Viewer.maySeeSensitive()
                || !affiliations.withdraw(CurrentTenant.require(), keyFigure, id, clock.instant())) {
            throw new NotFoundException("affiliation");
        }
        audit.record(AuditAction.CONSENT_WITHDRAWN, AuditOutcome.SUCCESS, "affiliation", id.value());
    }

    private Affiliation plain(MunicipalityId municipality, Affiliations.Row row) {
        Organisation organisation = organisations.find(municipality, row.organisation()).orElse(null);
        return new Affiliation(row.id(), row.keyFigure(), false, organisation, row.function(),
                organisation == null ? null : organisation.kindCode(), row.recordedAt(), row.endedOn(), null);
    }

    private Organisation organisation(MunicipalityId municipality, String typed, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            problems.add(new FieldProblem("organisatie", "affiliation.organisation.required"));
            return null;
        }
        Optional<Organisation> found;
        try {
            found = organisations.find(municipality, new OrganisationId(UUID.fromString(typed.strip())));
        } catch (IllegalArgumentException e) {
            found = Optional.empty();
        }
        if (found.isEmpty() || (found.get().sensitive() && !Viewer.maySeeSensitive())) {
            problems.add(new FieldProblem("organisatie", "affiliation.organisation.unknown"));
            return null;
        }
        return found.get();
    }

    private LocalDate consent(AffiliationDraft draft, List<FieldProblem> problems) {
        if (!draft.consentGiven()) {
            problems.add(new FieldProblem("toestemming", "affiliation.consent.required"));
        }
        String typed = draft.consentDate();
        if (typed == null || typed.isBlank()) {
            problems.add(new FieldProblem("toestemmingOp", "affiliation.consentDate.required"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(typed.strip());
            LocalDate today = LocalDate.now(clock);
            if (date.isAfter(today) || date.isBefore(today.minusYears(5))) {
                problems.add(new FieldProblem("toestemmingOp", "affiliation.consentDate.outOfRange"));
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("toestemmingOp", "affiliation.consentDate.invalid"));
            return null;
        }
    }

    private Integer consentVersion(MunicipalityId municipality, String typed, List<FieldProblem> problems) {
        try {
            int version = Integer.parseInt(typed == null ? "" : typed.strip());
            if (consentTexts.find(municipality, version).isPresent()) {
                return version;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem("toestemming", "affiliation.consentVersion.unknown"));
        return null;
    }

    private static AffiliationId affiliationId(String typed) {
        try {
            return new AffiliationId(UUID.fromString(typed == null ? "" : typed.strip()));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("affiliation");
        }
    }
}
