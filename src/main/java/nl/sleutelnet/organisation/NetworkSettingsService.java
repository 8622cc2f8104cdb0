package nl.sleutelnet.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.network.Area;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.NetworkLists;
import nl.sleutelnet.network.NetworkKind;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.TextRule;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.Municipalities;
import nl.sleutelnet.tenancy.Municipality;
import nl.sleutelnet.tenancy.MunicipalityId;

/** The municipality's own lists: kinds of networks (with the sensitive ones) and areas with CBS codes. */
@Service
@Transactional(readOnly = true)
public class NetworkSettingsService {

    public static final int MAX_KIND_NAME = 80;
    public static final int MAX_AREA_NAME = 100;
    public static final int MAX_POSITION = 9999;

    private final NetworkLists lists;
    private final Affiliations affiliations;
    private final KeyFigureService keyFigures;
    private final Municipalities municipalities;
    private final AuditTrail audit;

    NetworkSettingsService(NetworkLists lists, Affiliations affiliations, KeyFigureService keyFigures,
            Municipalities municipalities, AuditTrail audit) {
        this.lists = lists;
        this.affiliations = affiliations;
        this.keyFigures = keyFigures;
        this.municipalities = municipalities;
        this.audit = audit;
    }

    public List<NetworkKind> kinds() {
        return keyFigures.networkKinds();
    }

    public List<Area> areas() {
        return keyFigures.areas();
    }

    public Optional<NetworkKind> kind(String code) {
        return kinds().stream().filter(k -> k.code().equals(code)).findFirst();
    }

    /** Where a kind stands in the list (lower first). */
    public int position(String code) {
        return lists.position(CurrentTenant.require(), code);
    }

    public Optional<Area> area(String code) {
        return areas().stream().filter(a -> a.code().equals(code)).findFirst();
    }

    @Transactional
    public void addKind(String code, String nameNl, String nameEn, boolean sensitive) {
        List<FieldProblem> problems = new ArrayList<>();
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        if (normalised.isEmpty()) {
            problems.add(new FieldProblem("code", "networkSettings.kind.code.required"));
        } else if (!normalised.matches("[A-Z][A-Z_]{1,39}")) {
            problems.add(new FieldProblem("code", "networkSettings.kind.code.invalid"));
        } else if (kind(normalised).isPresent()) {
            problems.add(new FieldProblem("code", "networkSettings.kind.code.taken"));
        }
        names(nameNl, nameEn, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        lists.addKind(CurrentTenant.require(), normalised, Inputs.clean(nameNl), Inputs.clean(nameEn),
                sensitive || "FAITH_BASED".equals(normalised));
        audit.record(AuditAction.CREATE, AuditOutcome.SUCCESS, "network_kind", null);
    }

    /**
     * Renames, reorders, (de)activates or marks a kind sensitive. Marking it sensitive is refused
     * while plain links reveal it (key figures registered with it, plain affiliations to its organisations).
     */
    @Transactional
    public void changeKind(String code, String nameNl, String nameEn, boolean sensitive, boolean active,
            String position) {
        MunicipalityId municipality = CurrentTenant.require();
        String typed = code == null ? "" : code.strip();
        Optional<NetworkKind> current = kind(typed);
        List<FieldProblem> problems = new ArrayList<>();
        if (current.isEmpty()) {
            problems.add(new FieldProblem("code", "networkSettings.kind.unknown"));
            throw new InvalidInputException(problems);
        }
        names(nameNl, nameEn, problems);
        Integer order = null;
        try {
            order = Integer.valueOf(position == null ? "" : position.strip());
            if (order < 0 || order > MAX_POSITION) {
                problems.add(new FieldProblem("positie", "networkSettings.kind.position.invalid"));
            }
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("positie", "networkSettings.kind.position.invalid"));
        }
        if (!sensitive && "FAITH_BASED".equals(typed)) {
            problems.add(new FieldProblem("gevoelig", "networkSettings.kind.faithAlwaysSensitive"));
        }
        if (sensitive && !current.get().sensitive()) {
            lists.lockKind(municipality, typed);
            if (affiliations.plainLinksToKind(municipality, typed) > 0) {
                problems.add(new FieldProblem("gevoelig", "networkSettings.kind.sensitiveWithLinks"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        lists.changeKind(municipality, typed, Inputs.clean(nameNl), Inputs.clean(nameEn), sensitive, active, order);
        audit.record(AuditAction.UPDATE, AuditOutcome.SUCCESS, "network_kind", null);
    }

    /** Adds a wijk (WK + 6 digits) or buurt (BU + 8 digits) of this municipality; a buurt's wijk must exist. */
    @Transactional
    public void addArea(String code, String name) {
        MunicipalityId municipality = CurrentTenant.require();
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        List<FieldProblem> problems = new ArrayList<>();
        String parent = null;
        if (normalised.isEmpty()) {
            problems.add(new FieldProblem("gebiedscode", "networkSettings.area.code.required"));
        } else if (!normalised.matches("WK[0-9]{6}|BU[0-9]{8}")) {
            problems.add(new FieldProblem("gebiedscode", "networkSettings.area.code.invalid"));
        } else if (!normalised.substring(2, 6).equals(municipalityNumber(municipality))) {
            problems.add(new FieldProblem("gebiedscode", "networkSettings.area.code.otherMunicipality"));
        } else if (area(normalised).isPresent()) {
            problems.add(new FieldProblem("gebiedscode", "networkSettings.area.code.taken"));
        } else if (normalised.startsWith("BU")) {
            parent = "WK" + normalised.substring(2, 8);
            if (area(parent).isEmpty()) {
                problems.add(new FieldProblem("gebiedscode", "networkSettings.area.parentMissing"));
            }
        }
        TextRule.name(MAX_AREA_NAME).required().check("gebiedsnaam", name, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        lists.addArea(municipality, normalised, Inputs.clean(name), parent);
        audit.record(AuditAction.CREATE, AuditOutcome.SUCCESS, "area", null);
    }

    @Transactional
    public void renameArea(String code, String name) {
        String typed = code == null ? "" : code.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (area(typed).isEmpty()) {
            problems.add(new FieldProblem("gebiedscode", "networkSettings.area.unknown"));
            throw new InvalidInputException(problems);
        }
        TextRule.name(MAX_AREA_NAME).required().check("gebiedsnaam", name, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        lists.renameArea(CurrentTenant.require(), typed, Inputs.clean(name));
        audit.record(AuditAction.UPDATE, AuditOutcome.SUCCESS, "area", null);
    }

    private static void names(String nameNl, String nameEn, List<FieldProblem> problems) {
        kindName("naamNl", "networkSettings.kind.nameNl", nameNl, problems);
        kindName("naamEn", "networkSettings.kind.nameEn", nameEn, problems);
    }

    private static void kindName(String field, String keyPrefix, String name, List<FieldProblem> problems) {
        TextRule.name(MAX_KIND_NAME).required().requiredKey(keyPrefix + ".required").tooLongKey(keyPrefix + ".tooLong")
                .check(field, name, problems);
    }

    /** The four digits of the municipality's CBS code (GM9901 → 9901) that its area codes start with. */
    private String municipalityNumber(MunicipalityId municipality) {
        return municipalities.find(municipality).map(Municipality::cbsCode).map(c -> c.substring(2)).orElse("");
    }
}
