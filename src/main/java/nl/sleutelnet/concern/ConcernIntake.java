package nl.sleutelnet.concern;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.network.Area;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;

/**
 * Intake of concerns in the current municipality: a key figure raises one in the portal, or a
 * handler records one a key figure shared with them. The draft is checked field by field; nothing
 * is stored when one is refused. The reporter gets the "received" text.
 */
@Service
@Transactional(readOnly = true)
public class ConcernIntake {

    private final ConcernStore store;
    private final KeyFigureService keyFigures;
    private final AuditTrail audit;

    ConcernIntake(ConcernStore store, KeyFigureService keyFigures, AuditTrail audit) {
        this.store = store;
        this.keyFigures = keyFigures;
        this.audit = audit;
    }

    /** The signed-in key figure raises a concern or asks advice in the portal. */
    @Transactional
    public ConcernId raise(KeyFigureId ownKeyFigure, ConcernDraft draft) {
        return intake(ownKeyFigure, draft, false);
    }

    /** A handler records a concern on behalf of the key figure who shared it with them. */
    @Transactional
    public ConcernId recordFor(KeyFigureId reporter, ConcernDraft draft) {
        return intake(reporter, draft, true);
    }

    /** Checks a draft without saving it; the problems per field, empty when it is fine. */
    public List<FieldProblem> check(ConcernDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        checked(draft, problems);
        return problems;
    }

    private ConcernId intake(KeyFigureId reporter, ConcernDraft draft, boolean byHandler) {
        keyFigures.find(reporter);
        List<FieldProblem> problems = new ArrayList<>();
        Checked in = checked(draft, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Concern.Act act = store.act();
        ConcernId id = new ConcernId(UUID.randomUUID());
        store.insert(Concern.receive(id, store.nextReference(act.today().getYear()), in.kind, reporter, byHandler,
                in.channel, in.ageBand, in.areaCode, in.facts, in.interpretation, in.sourceKind, in.sourceNamed,
                in.counterSigns, act, store.deadlines()));
        audit.record(AuditAction.CREATE, AuditOutcome.SUCCESS, ConcernStore.RECORD, id.value());
        return id;
    }

    private record Checked(ConcernKind kind, FeedbackChannel channel, AgeBand ageBand, String areaCode, String facts,
            String interpretation, SourceKind sourceKind, String sourceNamed, String counterSigns) {
    }

    private Checked checked(ConcernDraft d, List<FieldProblem> problems) {
        ConcernKind kind = ConcernInput.parse(ConcernKind.class, d.kind(), "soort", "concern.error.kind", problems);
        FeedbackChannel channel = ConcernInput.parse(FeedbackChannel.class, d.feedbackChannel(), "terugkoppeling",
                "concern.error.channel", problems);
        AgeBand ageBand = null;
        String areaCode = null;
        if (kind == ConcernKind.ADVICE) {
            if (!blank(d.ageBand()) && !"UNKNOWN".equals(d.ageBand().strip()) || !blank(d.areaCode())) {
                problems.add(new FieldProblem("leeftijd", "concern.error.adviceWithoutPerson"));
            }
        } else if (kind == ConcernKind.CONCERN) {
            ageBand = ConcernInput.parse(AgeBand.class, d.ageBand(), "leeftijd", "concern.error.ageBand", problems);
            areaCode = area(d.areaCode(), problems);
        }
        String facts = ConcernInput.required("feiten", d.facts(), ConcernInput.MAX_NARRATIVE,
                "concern.error.factsRequired", problems);
        String interpretation = ConcernInput.optional("interpretatie", d.interpretation(), ConcernInput.MAX_NARRATIVE,
                problems);
        String counterSigns = ConcernInput.optional("tegenindicaties", d.counterSigns(), ConcernInput.MAX_NARRATIVE,
                problems);
        SourceKind sourceKind = blank(d.sourceKind()) && kind == ConcernKind.ADVICE ? null
                : ConcernInput.parse(SourceKind.class, d.sourceKind(), "bron", "concern.error.source", problems);
        String sourceNamed = ConcernInput.optional("bronNaam", d.sourceNamed(), ConcernInput.MAX_SOURCE, problems);
        if (sourceNamed != null && !"true".equals(d.sourceConsent())) {
            problems.add(new FieldProblem("bronToestemming", "concern.error.sourceConsent"));
            sourceNamed = null;
        } else if (sourceNamed != null && sourceKind != null && sourceKind != SourceKind.TOLD_BY_SOMEONE) {
            problems.add(new FieldProblem("bronNaam", "concern.error.sourceNamedOnlyIfTold"));
            sourceNamed = null;
        }
        return new Checked(kind, channel, ageBand, areaCode, facts, interpretation, sourceKind, sourceNamed,
                counterSigns);
    }

    private String area(String code, List<FieldProblem> problems) {
        if (blank(code)) {
            return null;
        }
        String clean = code.strip();
        if (keyFigures.areas().stream().map(Area::code).noneMatch(clean::equals)) {
            problems.add(new FieldProblem("gebied", "concern.error.area"));
            return null;
        }
        return clean;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
