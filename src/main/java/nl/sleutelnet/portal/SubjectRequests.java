package nl.sleutelnet.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import nl.sleutelnet.shared.TextRule;
import nl.sleutelnet.tenancy.CurrentTenant;

/**
 * Data-subject requests from the portal: corrections (handled by the coordinator) and
 * erasure (tracked by the privacy officer). Each gets a deadline; filing and handling are
 * audited with ids and codes only.
 */
@Service
@Transactional
public class SubjectRequests {

    private final SubjectRequestRows rows;
    private final KeyFigureService keyFigures;
    private final AuditTrail audit;
    private final Clock clock;
    private final PortalProperties properties;

    SubjectRequests(SubjectRequestRows rows, KeyFigureService keyFigures, AuditTrail audit, Clock clock,
            PortalProperties properties) {
        this.rows = rows;
        this.keyFigures = keyFigures;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /** Files a correction request of the (signed-in) key figure; refused with field problems. */
    public UUID fileCorrection(KeyFigureId keyFigure, List<String> fieldCodes, String explanation) {
        keyFigures.find(keyFigure);
        List<FieldProblem> problems = new ArrayList<>();
        Set<CorrectionRequest.Field> fields = new LinkedHashSet<>();
        for (String code : fieldCodes == null ? List.<String>of() : fieldCodes) {
            CorrectionRequest.Field field = Codes.required(CorrectionRequest.Field.class, code, "velden",
                    "portal.correction.fields.unknown", problems);
            if (field == null) {
                break;
            }
            fields.add(field);
        }
        if (fields.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("velden", "portal.correction.fields.required"));
        }
        String text = TextRule.lines(CorrectionRequest.MAX_EXPLANATION).check("toelichting", explanation, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        rows.insertCorrection(CurrentTenant.require(), new CorrectionRequest(id, keyFigure, List.copyOf(fields),
                text, now, deadline(now), CorrectionRequest.Status.OPEN, null, null, 0));
        audit.record(AuditAction.REQUEST_FILED, AuditOutcome.SUCCESS, "correction_request", id);
        return id;
    }

    /** Files an erasure request; needs the explicit confirmation, and only one may be open at a time. */
    public UUID fileErasure(KeyFigureId keyFigure, boolean confirmed, String reasonCode) {
        keyFigures.find(keyFigure);
        List<FieldProblem> problems = new ArrayList<>();
        ErasureRequest.Reason reason = null;
        if (reasonCode != null && !reasonCode.isBlank()) {
            try {
                reason = ErasureRequest.Reason.valueOf(reasonCode);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("reden", "portal.erasure.reason.unknown"));
            }
        }
        if (!confirmed) {
            problems.add(new FieldProblem("bevestiging", "portal.erasure.confirmation.required"));
        }
        if (problems.isEmpty() && erasuresOf(keyFigure).stream().anyMatch(r -> r.status().open())) {
            problems.add(new FieldProblem("bevestiging", "portal.erasure.alreadyOpen"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        rows.insertErasure(CurrentTenant.require(), new ErasureRequest(id, keyFigure, reason, now, deadline(now),
                ErasureRequest.Status.RECEIVED, null, null, 0));
        audit.record(AuditAction.REQUEST_FILED, AuditOutcome.SUCCESS, "data_subject_request", id);
        return id;
    }

    @Transactional(readOnly = true)
    public List<CorrectionRequest> correctionsOf(KeyFigureId keyFigure) {
        return rows.correctionsOf(CurrentTenant.require(), keyFigure);
    }

    @Transactional(readOnly = true)
    public List<ErasureRequest> erasuresOf(KeyFigureId keyFigure) {
        return rows.erasuresOf(CurrentTenant.require(), keyFigure);
    }

    @Transactional(readOnly = true)
    public List<CorrectionRequest> corrections() {
        return rows.corrections(CurrentTenant.require());
    }

    @Transactional(readOnly = true)
    public List<ErasureRequest> erasures() {
        return rows.erasures(CurrentTenant.require());
    }

    @Transactional(readOnly = true)
    public SubjectRequestRows.OpenCount openCorrections() {
        return rows.openCorrections(CurrentTenant.require(), today());
    }

    @Transactional(readOnly = true)
    SubjectRequestRows.OpenCount openErasures() {
        return rows.openErasures(CurrentTenant.require(), today());
    }

    /** The coordinator marks a correction request handled with an outcome code. */
    public void handleCorrection(UUID id, String version, String outcomeCode, UUID handledBy) {
        CorrectionRequest request = rows.correction(CurrentTenant.require(), id)
                .orElseThrow(() -> new NotFoundException("correction_request"));
        CorrectionRequest.Outcome outcome = parse(CorrectionRequest.Outcome.class, outcomeCode);
        if (outcome == null) {
            throw new InvalidInputException(List.of(new FieldProblem("uitkomst", "portal.corrections.outcome.required")));
        }
        if (request.status() != CorrectionRequest.Status.OPEN
                || !rows.handleCorrection(CurrentTenant.require(), id, version(version, request.version()), outcome,
                        handledBy, clock.instant())) {
            throw new InvalidInputException(List.of(new FieldProblem("uitkomst", "portal.requests.changedMeanwhile")));
        }
        audit.record(AuditAction.REQUEST_HANDLED, AuditOutcome.SUCCESS, "correction_request", id);
    }

    /** The privacy officer moves an erasure request on: in progress, handled, or refused with a reason code. */
    public void changeErasure(UUID id, String version, String statusCode, String refusalCode, UUID by) {
        ErasureRequest request = rows.erasure(CurrentTenant.require(), id)
                .orElseThrow(() -> new NotFoundException("data_subject_request"));
        ErasureRequest.Status status = parse(ErasureRequest.Status.class, statusCode);
        List<FieldProblem> problems = new ArrayList<>();
        if (status == null || status == ErasureRequest.Status.RECEIVED) {
            problems.add(new FieldProblem("status", "portal.requests.status.required"));
        }
        ErasureRequest.RefusalReason refusal = parse(ErasureRequest.RefusalReason.class, refusalCode);
        if (status == ErasureRequest.Status.REFUSED && refusal == null) {
            problems.add(new FieldProblem("weigerreden", "portal.requests.refusal.required"));
        }
        if (problems.isEmpty() && !request.status().next().contains(status)) {
            problems.add(new FieldProblem("status", "portal.requests.changedMeanwhile"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!rows.changeErasure(CurrentTenant.require(), id, version(version, request.version()), status,
                status == ErasureRequest.Status.REFUSED ? refusal : null, by, clock.instant())) {
            throw new InvalidInputException(List.of(new FieldProblem("status", "portal.requests.changedMeanwhile")));
        }
        audit.record(status == ErasureRequest.Status.IN_PROGRESS ? AuditAction.STATUS_CHANGED : AuditAction.REQUEST_HANDLED,
                AuditOutcome.SUCCESS, "data_subject_request", id);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate deadline(Instant received) {
        return received.atZone(clock.getZone()).toLocalDate().plus(properties.requestDeadline());
    }

    /** The version the user saw; without one (an old form) the current one. */
    private static int version(String seen, int current) {
        try {
            return seen == null || seen.isBlank() ? current : Integer.parseInt(seen.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
