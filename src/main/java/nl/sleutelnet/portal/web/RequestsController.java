package nl.sleutelnet.portal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.portal.CorrectionRequest;
import nl.sleutelnet.portal.CorrectionRequestId;
import nl.sleutelnet.portal.DataSubjectRequestId;
import nl.sleutelnet.portal.ErasureRequest;
import nl.sleutelnet.portal.SubjectRequests;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.NotFoundException;

/**
 * Handling the key figures' requests: corrections by the coordinator, erasure requests by the
 * privacy officer.
 */
@Controller
class RequestsController {

    private final SubjectRequests requests;
    private final KeyFigureService keyFigures;

    RequestsController(SubjectRequests requests, KeyFigureService keyFigures) {
        this.requests = requests;
        this.keyFigures = keyFigures;
    }

    @GetMapping("/verzoeken/correcties")
    String corrections(Model model) {
        return correctionsPage(model);
    }

    @PostMapping("/verzoeken/correcties/{id}/afhandelen")
    String handleCorrection(@PathVariable CorrectionRequestId id, @RequestParam(name = "versie", required = false) String version,
            @RequestParam(name = "uitkomst", required = false) String outcome,
            @AuthenticationPrincipal SleutelnetUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            requests.handleCorrection(id.value(), version, outcome,
                    user.accountId());
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            model.addAttribute("failedId", id.value().toString());
            return correctionsPage(model);
        }
        redirect.addFlashAttribute("notice", "portal.corrections.handled");
        return "redirect:/verzoeken/correcties";
    }

    @GetMapping("/beheer/verzoeken")
    String erasures(Model model) {
        return erasuresPage(model);
    }

    @PostMapping("/beheer/verzoeken/{id}/status")
    String changeErasure(@PathVariable DataSubjectRequestId id, @RequestParam(name = "versie", required = false) String version,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "weigerreden", required = false) String refusal,
            @AuthenticationPrincipal SleutelnetUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            requests.changeErasure(id.value(), version, status, refusal,
                    user.accountId());
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            model.addAttribute("failedId", id.value().toString());
            return erasuresPage(model);
        }
        redirect.addFlashAttribute("notice", "portal.requests.changed");
        return "redirect:/beheer/verzoeken";
    }

    private String correctionsPage(Model model) {
        List<CorrectionRequest> corrections = requests.corrections();
        model.addAttribute("corrections", corrections);
        model.addAttribute("names", names(corrections.stream().map(CorrectionRequest::keyFigure).toList()));
        model.addAttribute("outcomes", CorrectionRequest.Outcome.values());
        model.addAttribute("today", requests.today());
        return "portal/corrections";
    }

    private String erasuresPage(Model model) {
        List<ErasureRequest> erasures = requests.erasures();
        model.addAttribute("erasures", erasures);
        model.addAttribute("names", names(erasures.stream().map(ErasureRequest::keyFigure).toList()));
        model.addAttribute("openCorrections", requests.openCorrections());
        model.addAttribute("refusalReasons", ErasureRequest.RefusalReason.values());
        model.addAttribute("today", requests.today());
        return "portal/requests";
    }

    /** Names of the key figures concerned, looked up through the register (no read is logged for a list). */
    private Map<KeyFigureId, String> names(List<KeyFigureId> ids) {
        Map<KeyFigureId, String> names = new HashMap<>();
        for (KeyFigureId id : ids) {
            names.computeIfAbsent(id, k -> {
                try {
                    return keyFigures.find(k).displayName();
                } catch (NotFoundException e) {
                    return null;
                }
            });
        }
        return names;
    }
}
