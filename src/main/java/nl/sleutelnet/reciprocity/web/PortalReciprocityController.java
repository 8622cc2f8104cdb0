package nl.sleutelnet.reciprocity.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.reciprocity.ItemKind;
import nl.sleutelnet.reciprocity.ReciprocityService;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.NotFoundException;

/** The key figure's own requests and what the municipality offered; always of the signed-in key figure. */
@Controller
class PortalReciprocityController {

    private final ReciprocityService reciprocity;

    PortalReciprocityController(ReciprocityService reciprocity) {
        this.reciprocity = reciprocity;
    }

    @GetMapping("/portaal/wederkerigheid")
    String show(@AuthenticationPrincipal SleutelnetUser user, Model model) {
        return page(own(user), "", "", "", InputProblems.NONE, model);
    }

    @PostMapping("/portaal/wederkerigheid")
    String request(@AuthenticationPrincipal SleutelnetUser user,
            @RequestParam(name = "soort", required = false) String kind,
            @RequestParam(name = "titel", required = false) String title,
            @RequestParam(name = "toelichting", required = false) String explanation, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        KeyFigureId own = own(user);
        try {
            reciprocity.request(own, kind, title, explanation);
            redirect.addFlashAttribute("notice", "reciprocity.portal.filed");
            return "redirect:/portaal/wederkerigheid";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(own, kind, title, explanation, InputProblems.of(e.problems()), model);
        }
    }

    private String page(KeyFigureId own, String kind, String title, String explanation, InputProblems problems,
            Model model) {
        model.addAttribute("items", reciprocity.itemsOf(own));
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("requestKind", kind);
        model.addAttribute("requestTitle", title);
        model.addAttribute("requestExplanation", explanation);
        model.addAttribute("problems", problems);
        return "reciprocity/portal";
    }

    private static KeyFigureId own(SleutelnetUser user) {
        return new KeyFigureId(user.keyFigureId().orElseThrow(() -> new NotFoundException("key_figure")));
    }
}
