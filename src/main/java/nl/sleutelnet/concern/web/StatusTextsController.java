package nl.sleutelnet.concern.web;

import java.util.LinkedHashMap;
import java.util.List;
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
import nl.sleutelnet.concern.StatusText;
import nl.sleutelnet.concern.StatusTextKey;
import nl.sleutelnet.concern.StatusTexts;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.shared.ConcurrentChangeException;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;

/**
 * The municipality's own wording of the standard texts a reporter reads in the portal, in Dutch and
 * English: one form with every text, saved at once (each text checked on its own, nothing saved when
 * one is refused, a form opened before a colleague saved is refused). A request naming one text
 * ({@code sleutel}, {@code taal}, {@code tekst}) saves that text only. An empty text goes back to the
 * standard. E-mails never carry these texts.
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
        return page(Map.of(), List.of(), model);
    }

    @PostMapping(PAGE)
    String save(@AuthenticationPrincipal SleutelnetUser user, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (form.containsKey("versie")) {
            return saveAll(user, form, model, response, redirect);
        }
        String key = form.get("sleutel");
        String language = form.get("taal");
        String body = form.get("tekst");
        try {
            texts.save(key, language, body, user.accountId());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            // The problems of the text itself belong to its field; a bad key or language to the form as a whole.
            boolean known = named(key) != null && StatusTexts.LANGUAGES.contains(language);
            List<FieldProblem> problems = e.problems().stream()
                    .map(p -> known && "tekst".equals(p.field())
                            ? new FieldProblem(StatusTexts.field(named(key), language), p.messageKey(),
                                    p.arguments())
                            : p)
                    .toList();
            Map<String, String> typed = known
                    ? Map.of(StatusTexts.field(named(key), language), body == null ? "" : body)
                    : Map.of();
            return page(typed, problems, model);
        }
        redirect.addFlashAttribute("notice", body == null || body.isBlank() ? "concern.statusTexts.reset"
                : "concern.statusTexts.saved");
        return "redirect:" + PAGE + "#tekst-" + key.strip() + "-" + language;
    }

    private String saveAll(SleutelnetUser user, Map<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (StatusText t : texts.all()) {
            String field = StatusTexts.field(t.key(), t.language());
            if (form.containsKey(field)) {
                bodies.put(field, form.get(field));
            }
        }
        int changed;
        try {
            changed = texts.saveAll(bodies, form.get("versie"), user.accountId());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(bodies, e.problems(), model);
        } catch (ConcurrentChangeException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(Map.of(), List.of(new FieldProblem("versie", "concern.statusTexts.concurrent")), model);
        }
        redirect.addFlashAttribute("notice", changed == 0 ? "concern.statusTexts.unchanged"
                : "concern.statusTexts.savedAll");
        return "redirect:" + PAGE;
    }

    private static StatusTextKey named(String key) {
        for (StatusTextKey k : StatusTextKey.values()) {
            if (k.name().equals(key == null ? "" : key.strip())) {
                return k;
            }
        }
        return null;
    }

    /** The page; after a refusal the typed texts come back in their fields, with the problems next to them. */
    private String page(Map<String, String> typed, List<FieldProblem> problems, Model model) {
        Map<String, String> shown = new LinkedHashMap<>();
        typed.forEach((field, text) -> shown.put(field, PortalConcernController.withoutControlCharacters(text)));
        model.addAttribute("texts", texts.all());
        model.addAttribute("keys", StatusTextKey.values());
        model.addAttribute("version", texts.version());
        model.addAttribute("typed", shown);
        model.addAttribute("problems", problems);
        model.addAttribute("fieldProblems", FieldProblem.firstPerField(problems));
        return "concern/status-texts";
    }
}
