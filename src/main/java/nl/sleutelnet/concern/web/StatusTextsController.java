package nl.sleutelnet.concern.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.concern.StatusTextKey;
import nl.sleutelnet.concern.StatusTexts;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;

/**
 * The municipality's own wording of the standard texts a reporter reads in the portal, in Dutch and
 * English, one text at a time; an empty text goes back to the standard. E-mails never carry these texts.
 */
@Controller
class StatusTextsController {

    private static final String PAGE = "/instellingen/terugkoppelteksten";

    private final StatusTexts texts;

    StatusTextsController(StatusTexts texts) {
        this.texts = texts;
    }

    @GetMapping(PAGE)
    String show(Model model) {
        return page(null, null, null, List.of(), model);
    }

    @PostMapping(PAGE)
    String save(@AuthenticationPrincipal SleutelnetUser user,
            @RequestParam(name = "sleutel", required = false) String key,
            @RequestParam(name = "taal", required = false) String language,
            @RequestParam(name = "tekst", required = false) String body, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            texts.save(key, language, body, user.accountId());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(key, language, PortalConcernController.withoutControlCharacters(body), e.problems(), model);
        }
        redirect.addFlashAttribute("notice", body == null || body.isBlank() ? "concern.statusTexts.reset"
                : "concern.statusTexts.saved");
        return "redirect:" + PAGE + "#tekst-" + key.strip() + "-" + language;
    }

    /** The page; after a refusal the typed text and the problems go with the form they came from. */
    private String page(String key, String language, String typed, List<FieldProblem> problems, Model model) {
        model.addAttribute("texts", texts.all());
        model.addAttribute("keys", StatusTextKey.values());
        model.addAttribute("failedForm", key == null || language == null ? "" : key.strip() + "-" + language);
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        return "concern/status-texts";
    }
}
