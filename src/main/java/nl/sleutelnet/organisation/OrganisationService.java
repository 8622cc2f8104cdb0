package nl.sleutelnet.organisation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.network.Area;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.NetworkKind;
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
 * Organisations of the current municipality. One of a sensitive kind is shown only to a
 * coordinator on screen, and never through the API ({@link Channel#API}), exports or figures.
 * Field names of problems are the Dutch names of the form and the API.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    public static final int MAX_NAME = 120;
    public static final int MAX_WEBSITE = 200;
    public static final int MAX_QUERY = 100;

    /** Where a result goes: the API never carries an organisation of a sensitive kind. */
    public enum Channel { SCREEN, API }

    private final Organisations organisations;
    private final Affiliations affiliations;
    private final KeyFigureService keyFigures;
    private final AuditTrail audit;

    OrganisationService(Organisations organisations, Affiliations affiliations, KeyFigureService keyFigures,
            AuditTrail audit) {
        this.organisations = organisations;
        this.affiliations = affiliations;
        this.keyFigures = keyFigures;
        this.audit = audit;
    }

    /** Whether the current user is a coordinator: edits organisations and links, and sees what reveals a belief. */
    public boolean mayEdit() {
        return Viewer.maySeeSensitive();
    }

    /** The message key of what is wrong with a search term, or null. */
    public static String searchProblem(String query) {
        if (query == null) {
            return null;
        }
        if (query.strip().length() > MAX_QUERY) {
            return "organisation.search.tooLong";
        }
        return !TextRule.allowed(query, false, false) ? "organisation.search.invalid" : null;
    }

    public Page<Organisation> search(String query, PageRequest page, Channel channel) {
        String problem = searchProblem(query);
        if (problem != null) {
            throw new InvalidInputException(List.of(new FieldProblem("zoek", problem)));
        }
        return organisations.search(CurrentTenant.require(), Inputs.clean(query), withSensitive(channel), page);
    }

    public Organisation get(OrganisationId id, Channel channel) {
        Organisation found = organisations.find(CurrentTenant.require(), id)
                .orElseThrow(() -> new NotFoundException("organisation"));
        if (found.sensitive() && !withSensitive(channel)) {
            throw new NotFoundException("organisation");
        }
        return found;
    }

    /** Parses an id as typed in a path; anything that is not an id is simply not found. */
    public static OrganisationId id(String value) {
        try {
            return new OrganisationId(UUID.fromString(value == null ? "" : value.strip()));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("organisation");
        }
    }

    /** The organisations the current user may link a key figure to. */
    public List<Organisation> choices() {
        return organisations.choices(CurrentTenant.require(), Viewer.maySeeSensitive());
    }

    /** The kinds an organisation may get: the active ones (sensitive ones only for a coordinator on screen). */
    public List<NetworkKind> kindChoices(Channel channel) {
        boolean sensitive = withSensitive(channel);
        return keyFigures.networkKinds().stream().filter(NetworkKind::active)
                .filter(k -> sensitive || !revealsBelief(k)).toList();
    }

    public List<Area> areas() {
        return keyFigures.areas();
    }

    public List<NetworkKind> kinds() {
        return keyFigures.networkKinds();
    }

    /** Every kind of the municipality by its code, to show codes as names. */
    public Map<String, NetworkKind> kindsByCode() {
        Map<String, NetworkKind> byCode = new LinkedHashMap<>();
        kinds().forEach(k -> byCode.put(k.code(), k));
        return byCode;
    }

    @Transactional
    public OrganisationId create(OrganisationDraft draft, Channel channel) {
        MunicipalityId municipality = CurrentTenant.require();
        List<FieldProblem> problems = validate(draft, null, channel);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OrganisationId id = new OrganisationId(UUID.randomUUID());
        organisations.insert(municipality, id, Inputs.clean(draft.name()), draft.kind().strip(),
                Inputs.clean(draft.area()), Inputs.clean(draft.website()));
        audit.record(AuditAction.CREATE, AuditOutcome.SUCCESS, "organisation", id.value());
        return id;
    }

    @Transactional
    public void update(OrganisationId id, int version, OrganisationDraft draft) {
        MunicipalityId municipality = CurrentTenant.require();
        Organisation current = get(id, Channel.SCREEN);
        List<FieldProblem> problems = validate(draft, id, Channel.SCREEN);
        if (problems.isEmpty() && !current.sensitive() && isSensitive(draft.kind().strip())
                && affiliations.plainLinksToOrganisation(municipality, id) > 0) {
            problems.add(new FieldProblem("soort", "organisation.kind.sensitiveWithLinks"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!organisations.update(municipality, id, version, Inputs.clean(draft.name()), draft.kind().strip(),
                Inputs.clean(draft.area()), Inputs.clean(draft.website()))) {
            throw new ConcurrentChangeException();
        }
        audit.record(AuditAction.UPDATE, AuditOutcome.SUCCESS, "organisation", id.value());
    }

    List<FieldProblem> validate(OrganisationDraft draft, OrganisationId self, Channel channel) {
        List<FieldProblem> problems = new ArrayList<>();
        MunicipalityId municipality = CurrentTenant.require();
        TextRule.name(MAX_NAME).required().requiredKey("organisation.name.required")
                .check("naam", draft.name(), problems);
        if (problems.isEmpty() && organisations.nameTaken(municipality, Inputs.clean(draft.name()), self)) {
            problems.add(new FieldProblem("naam", "organisation.name.taken"));
        }
        String kind = draft.kind() == null ? "" : draft.kind().strip();
        Optional<NetworkKind> known = keyFigures.networkKinds().stream().filter(k -> k.code().equals(kind)).findFirst();
        if (kind.isEmpty()) {
            problems.add(new FieldProblem("soort", "organisation.kind.required"));
        } else if (known.isEmpty() || !known.get().active()) {
            problems.add(new FieldProblem("soort", "organisation.kind.unknown"));
        } else if (revealsBelief(known.get()) && !withSensitive(channel)) {
            problems.add(new FieldProblem("soort", channel == Channel.API ? "organisation.kind.sensitiveNotInApi"
                    : "organisation.kind.unknown"));
        }
        String area = Inputs.clean(draft.area());
        if (area != null && keyFigures.areas().stream().noneMatch(a -> a.code().equals(area))) {
            problems.add(new FieldProblem("gebied", "organisation.area.unknown"));
        }
        String website = Inputs.clean(draft.website());
        if (website != null && !isWebsite(website)) {
            problems.add(new FieldProblem("website", "organisation.website.invalid"));
        }
        return problems;
    }

    /** Whether organisations of this kind code reveal a belief. */
    boolean isSensitive(String kindCode) {
        return keyFigures.networkKinds().stream().anyMatch(k -> k.code().equals(kindCode) && revealsBelief(k));
    }

    static boolean revealsBelief(NetworkKind kind) {
        return kind.sensitive() || "FAITH_BASED".equals(kind.code());
    }

    private static boolean withSensitive(Channel channel) {
        return channel == Channel.SCREEN && Viewer.maySeeSensitive();
    }

    private static boolean isWebsite(String value) {
        if (value.length() > MAX_WEBSITE || !value.matches("https?://[^\\s<>\"]+")) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return uri.getHost() != null && uri.getHost().contains(".")
                    && uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
