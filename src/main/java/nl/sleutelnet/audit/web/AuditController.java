package nl.sleutelnet.audit.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditChain;
import nl.sleutelnet.audit.AuditFilter;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditPosition;
import nl.sleutelnet.audit.AuditSlice;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.audit.ChainVerification;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.tenancy.CurrentTenant;

/** The privacy officer's view of the audit trail, and the chain check. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final AuditChain chain;

    AuditController(AuditTrail trail, AuditChain chain) {
        this.trail = trail;
        this.chain = chain;
    }

    @GetMapping("/beheer/audit")
    String list(@RequestParam(name = "actie", required = false) String action,
            @RequestParam(name = "id", required = false) String about,
            @RequestParam(name = "voor", required = false) String before,
            @RequestParam(name = "na", required = false) String after, Model model, HttpServletResponse response) {
        String actionText = blank(action) ? "" : action.strip();
        String aboutText = blank(about) ? "" : about.strip();
        model.addAttribute("actions", Arrays.asList(AuditAction.values()));
        model.addAttribute("action", actionText.length() > 50 ? "" : actionText);
        model.addAttribute("about", aboutText.length() > 36 ? "" : aboutText);
        List<FieldProblem> problems = new ArrayList<>();
        AuditAction chosen = null;
        if (!actionText.isEmpty()) {
            chosen = Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(actionText)).findFirst()
                    .orElse(null);
            if (chosen == null) {
                problems.add(new FieldProblem("actie", "audit.filter.action.unknown"));
            }
        }
        UUID id = null;
        if (!aboutText.isEmpty()) {
            id = uuid(aboutText).orElse(null);
            if (id == null) {
                problems.add(new FieldProblem("id", "audit.filter.id.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            InputProblems.refuse(model, problems, response::setStatus);
            return "audit/audit";
        }
        Optional<Long> older = number(before);
        Optional<Long> newer = older.isPresent() ? Optional.empty() : number(after);
        AuditPosition position = older.map(AuditPosition::olderThan)
                .or(() -> newer.map(AuditPosition::newerThan)).orElse(AuditPosition.newest());
        AuditSlice slice = trail.ofMunicipality(CurrentTenant.require(), new AuditFilter(chosen, id), position,
                PAGE_SIZE);
        model.addAttribute("slice", slice);
        model.addAttribute("filtered", chosen != null || id != null);
        if (!slice.entries().isEmpty()) {
            model.addAttribute("newestHref", href(chosen, id, null, null));
            model.addAttribute("newerHref", href(chosen, id, null, slice.newestSeq()));
            model.addAttribute("olderHref", href(chosen, id, slice.oldestSeq(), null));
        }
        return "audit/audit";
    }

    @PostMapping("/beheer/audit/controle")
    String verify(RedirectAttributes redirect) {
        ChainVerification result = chain.verify();
        trail.record(AuditAction.AUDIT_VERIFIED, result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE);
        // Flash attributes live in the (JDBC-stored, serialised) session: plain numbers only.
        redirect.addFlashAttribute("chainChecked", result.checked());
        result.firstBrokenSeq().ifPresent(seq -> redirect.addFlashAttribute("chainBrokenAt", seq));
        return "redirect:/beheer/audit";
    }

    private static String href(AuditAction action, UUID about, Long before, Long after) {
        return UriComponentsBuilder.fromPath("/beheer/audit")
                .queryParamIfPresent("actie", Optional.ofNullable(action).map(AuditAction::name))
                .queryParamIfPresent("id", Optional.ofNullable(about))
                .queryParamIfPresent("voor", Optional.ofNullable(before))
                .queryParamIfPresent("na", Optional.ofNullable(after))
                .build().toUriString();
    }

    /** A position as typed in a query string; anything that is not a positive number means "the newest". */
    private static Optional<Long> number(String text) {
        if (blank(text) || text.length() > 19) {
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(text.strip());
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(String text) {
        if (!text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
