package nl.sleutelnet.reciprocity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.identity.CurrentUser;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.shared.Codes;
import nl.sleutelnet.shared.ConcurrentChangeException;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.shared.TextRule;
import nl.sleutelnet.tenancy.CurrentTenant;

/**
 * The reciprocity ledger of the current municipality. Status changes follow
 * {@link ItemStatus#next()}; narrative texts are encrypted; changes are audited (ids only).
 */
@Service
@Transactional(readOnly = true)
public class ReciprocityService {

    public static final int MAX_TITLE = 120;
    public static final int MAX_TEXT = 500;
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000.00");
    private static final String RECORD = "reciprocity_item";

    private final ReciprocityItems items;
    private final KeyFigureService keyFigures;
    private final AuditTrail audit;
    private final Clock clock;

    ReciprocityService(ReciprocityItems items, KeyFigureService keyFigures, AuditTrail audit, Clock clock) {
        this.items = items;
        this.keyFigures = keyFigures;
        this.audit = audit;
        this.clock = clock;
    }

    /** The key figure's items, newest first; an unknown key figure is not found. */
    public List<ReciprocityItem> itemsOf(KeyFigureId keyFigure) {
        keyFigures.find(keyFigure);
        return items.of(CurrentTenant.require(), keyFigure);
    }

    public ReciprocityItem get(ReciprocityItemId id) {
        return items.find(CurrentTenant.require(), id).orElseThrow(() -> new NotFoundException(RECORD));
    }

    /** A coordinator records what a key figure asked or what the municipality offered. */
    @Transactional
    public ReciprocityItem record(KeyFigureId keyFigure, ReciprocityDraft draft) {
        keyFigures.find(keyFigure);
        List<FieldProblem> problems = new ArrayList<>();
        Direction direction = Codes.required(Direction.class, draft.direction(), "richting", "reciprocity.error.direction",
                problems);
        ItemKind kind = Codes.required(ItemKind.class, draft.kind(), "soort", "reciprocity.error.kind", problems);
        String title = title(draft.title(), problems);
        String explanation = optionalText("toelichting", draft.explanation(), problems);
        BigDecimal amount = amount(draft.amount(), kind, problems);
        LocalDate openedOn = openedOn(draft.openedOn(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReciprocityItem item = newItem(keyFigure, direction, kind, title, explanation, amount, openedOn, false);
        items.insert(CurrentTenant.require(), item, currentAccount());
        audit.record(AuditAction.CREATE, AuditOutcome.SUCCESS, RECORD, item.id().value());
        return item;
    }

    /** The signed-in key figure files a request in the portal; it lands on the coordinator's work list. */
    @Transactional
    public ReciprocityItem request(KeyFigureId ownKeyFigure, String kind, String title, String explanation) {
        keyFigures.find(ownKeyFigure);
        List<FieldProblem> problems = new ArrayList<>();
        ItemKind parsedKind = Codes.required(ItemKind.class, kind, "soort", "reciprocity.error.kind", problems);
        String cleanTitle = title(title, problems);
        String cleanExplanation = optionalText("toelichting", explanation, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReciprocityItem item = newItem(ownKeyFigure, Direction.KEY_FIGURE_ASKED, parsedKind, cleanTitle,
                cleanExplanation, null, LocalDate.now(clock), true);
        items.insert(CurrentTenant.require(), item, currentAccount());
        audit.record(AuditAction.REQUEST_FILED, AuditOutcome.SUCCESS, RECORD, item.id().value());
        return item;
    }

    /**
     * A coordinator changes title, amount, status and outcome. {@code version} is the one they
     * saw; a status the current one cannot become is refused.
     */
    @Transactional
    public ReciprocityItem update(ReciprocityItemId id, int version, ReciprocityDraft draft) {
        ReciprocityItem current = get(id);
        List<FieldProblem> problems = new ArrayList<>();
        String title = title(draft.title(), problems);
        BigDecimal amount = amount(draft.amount(), current.kind(), problems);
        ItemStatus status = status(current, draft.status(), problems);
        String outcome = optionalText("uitkomst", draft.outcome(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReciprocityItem changed = changed(current, version, title, amount, status, outcome);
        if (!items.update(CurrentTenant.require(), changed)) {
            throw new ConcurrentChangeException();
        }
        audit.record(status == current.status() ? AuditAction.UPDATE : AuditAction.STATUS_CHANGED,
                AuditOutcome.SUCCESS, RECORD, id.value());
        return get(id);
    }

    /**
     * Only the status (and optionally the outcome), for the API. {@code version} is the one the
     * caller read; a stale one changes nothing and is refused as a concurrent change.
     */
    @Transactional
    public ReciprocityItem changeStatus(ReciprocityItemId id, int version, String status, String outcome) {
        ReciprocityItem current = get(id);
        List<FieldProblem> problems = new ArrayList<>();
        ItemStatus target = status(current, status, problems);
        String newOutcome = outcome == null ? current.outcome() : optionalText("uitkomst", outcome, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!items.update(CurrentTenant.require(),
                changed(current, version, current.title(), current.amount(), target, newOutcome))) {
            throw new ConcurrentChangeException();
        }
        audit.record(AuditAction.STATUS_CHANGED, AuditOutcome.SUCCESS, RECORD, id.value());
        return get(id);
    }

    /** Requests from key figures that wait to be taken up. */
    public Page<ReciprocityItem> newRequests(PageRequest page) {
        return items.newRequests(CurrentTenant.require(), page);
    }

    long countNewRequests() {
        return items.countNewRequests(CurrentTenant.require());
    }

    /** Key figures of a list page, by id, for their names (no read is logged). */
    public Map<KeyFigureId, KeyFigure> keyFiguresOf(List<ReciprocityItem> list) {
        return list.stream().map(ReciprocityItem::keyFigure).distinct()
                .collect(Collectors.toMap(Function.identity(), keyFigures::find));
    }

    ReciprocityItem newItem(KeyFigureId keyFigure, Direction direction, ItemKind kind, String title,
            String explanation, BigDecimal amount, LocalDate openedOn, boolean fromPortal) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return new ReciprocityItem(new ReciprocityItemId(UUID.randomUUID()), keyFigure, direction, kind, title,
                explanation, amount, direction.initialStatus(), null, openedOn, null, fromPortal, now, now, 0);
    }

    private ReciprocityItem changed(ReciprocityItem c, int version, String title, BigDecimal amount,
            ItemStatus status, String outcome) {
        LocalDate closedOn = !status.closed() ? null : c.closedOn() != null ? c.closedOn() : LocalDate.now(clock);
        return new ReciprocityItem(c.id(), c.keyFigure(), c.direction(), c.kind(), title, c.explanation(), amount,
                status, outcome, c.openedOn(), closedOn, c.fromPortal(), c.createdAt(), c.updatedAt(), version);
    }

    private static ItemStatus status(ReciprocityItem current, String value, List<FieldProblem> problems) {
        ItemStatus target = Codes.required(ItemStatus.class, value, "status", "reciprocity.error.status", problems);
        if (target != null && !current.status().canBecome(target)) {
            problems.add(new FieldProblem("status", "reciprocity.error.transition"));
            return null;
        }
        return target;
    }

    private static String title(String value, List<FieldProblem> problems) {
        return TextRule.line(MAX_TITLE).required().requiredKey("reciprocity.error.titleRequired")
                .check("titel", value, problems);
    }

    private static String optionalText(String field, String value, List<FieldProblem> problems) {
        return TextRule.lines(MAX_TEXT).check(field, value, problems);
    }

    /** Euros with at most two decimals (a comma or a point), more than 0 and at most 10,000; only for a grant. */
    static BigDecimal amount(String value, ItemKind kind, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip().replace("€", "").strip();
        if (!clean.matches("[0-9]{1,5}([.,][0-9]{1,2})?")) {
            problems.add(new FieldProblem("bedrag", "reciprocity.error.amountInvalid"));
            return null;
        }
        BigDecimal amount = new BigDecimal(clean.replace(',', '.')).setScale(2);
        if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            problems.add(new FieldProblem("bedrag", "reciprocity.error.amountRange"));
            return null;
        }
        if (kind != null && kind != ItemKind.SMALL_GRANT) {
            problems.add(new FieldProblem("bedrag", "reciprocity.error.amountOnlyGrant"));
            return null;
        }
        return amount;
    }

    private LocalDate openedOn(String value, List<FieldProblem> problems) {
        LocalDate today = LocalDate.now(clock);
        if (value == null || value.isBlank()) {
            return today;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isAfter(today) || date.isBefore(today.minusYears(10))) {
                problems.add(new FieldProblem("datum", "reciprocity.error.dateRange"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("datum", "reciprocity.error.dateInvalid"));
            return null;
        }
    }

    private static UUID currentAccount() {
        return CurrentUser.actingId();
    }
}
