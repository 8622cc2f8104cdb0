package nl.sleutelnet.network.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureDraft;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.PossibleDuplicate;
import nl.sleutelnet.shared.ConcurrentChangeException;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.shared.InvalidInputException;

/**
 * Registering a key figure (as a candidate) and changing their details. Bad input re-renders
 * the form with a message per field (400); a possible duplicate asks for confirmation; a
 * change by someone else in between is refused (409) and nothing is overwritten.
 */
@Controller
class KeyFigureFormController {

    private static final String VIEW = "network/key-figure-form";

    private final KeyFigureService keyFigures;
    private final RegisterViews views;

    KeyFigureFormController(KeyFigureService keyFigures, RegisterViews views) {
        this.keyFigures = keyFigures;
        this.views = views;
    }

    @GetMapping("/sleutelfiguren/nieuw")
    String newForm(Model model, Locale locale) {
        views.form(model, KeyFigureForm.empty(), locale);
        return VIEW;
    }

    @PostMapping("/sleutelfiguren/nieuw")
    String register(@ModelAttribute("form") KeyFigureForm form, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        KeyFigureDraft draft = form.toDraft(problems);
        problems.addAll(keyFigures.validate(draft));
        if (!problems.isEmpty()) {
            return refused(model, form, problems, locale, response);
        }
        List<PossibleDuplicate> duplicates = keyFigures.possibleDuplicates(draft, null);
        if (!duplicates.isEmpty() && !form.duplicateConfirmed()) {
            model.addAttribute("duplicates", duplicates);
            views.form(model, normalised(form, draft), locale);
            return VIEW;
        }
        KeyFigureId id;
        try {
            id = keyFigures.register(draft);
        } catch (InvalidInputException e) {
            return refused(model, form, e.problems(), locale, response);
        }
        redirect.addFlashAttribute("notice", "keyFigure.registered");
        return "redirect:/sleutelfiguren/" + id.value();
    }

    @GetMapping("/sleutelfiguren/{id}/wijzigen")
    String editForm(@PathVariable KeyFigureId id, Model model, Locale locale) {
        KeyFigure keyFigure = keyFigures.get(id);
        model.addAttribute("keyFigure", keyFigure);
        views.form(model, KeyFigureForm.of(keyFigure), locale);
        return VIEW;
    }

    @PostMapping("/sleutelfiguren/{id}/wijzigen")
    String update(@PathVariable KeyFigureId id, @ModelAttribute("form") KeyFigureForm form, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        KeyFigure keyFigure = keyFigures.find(id);
        model.addAttribute("keyFigure", keyFigure);
        List<FieldProblem> problems = new ArrayList<>();
        KeyFigureDraft draft = form.toDraft(problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            keyFigures.update(keyFigure.id(), form.versionSeen(), draft);
        } catch (InvalidInputException e) {
            List<FieldProblem> all = new ArrayList<>(problems);
            all.addAll(e.problems().stream().filter(p -> !problems.contains(p)).toList());
            return refused(model, form, all, locale, response);
        } catch (ConcurrentChangeException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", true);
            views.form(model, form, locale);
            return VIEW;
        }
        redirect.addFlashAttribute("notice", "keyFigure.updated");
        return "redirect:/sleutelfiguren/" + keyFigure.id().value();
    }

    private String refused(Model model, KeyFigureForm form, List<FieldProblem> problems, Locale locale,
            HttpServletResponse response) {
        InputProblems.refuse(model, problems, response::setStatus);
        views.form(model, form, locale);
        return VIEW;
    }

    /** The form with e-mail and phone as they will be stored, so the coordinator sees the normalised form. */
    private static KeyFigureForm normalised(KeyFigureForm f, KeyFigureDraft d) {
        String email = nl.sleutelnet.shared.EmailAddress.parse(d.email()).map(Object::toString).orElse(f.email());
        String phone = nl.sleutelnet.shared.PhoneNumber.parse(d.phone()).map(p -> p.display()).orElse(f.phone());
        return new KeyFigureForm(f.givenName(), f.namePrefix(), f.familyName(), email, phone, f.preferredLanguage(),
                f.otherLanguage(), f.preferredChannel(), f.areaCodes(), f.networkKinds(), f.roleTypes(),
                f.newToMunicipality(), f.introducedBy(), f.version(), f.confirmDuplicate());
    }
}
