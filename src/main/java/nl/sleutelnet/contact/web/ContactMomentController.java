package nl.sleutelnet.contact.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.contact.ContactService;
import nl.sleutelnet.contact.FollowUpActionId;
import nl.sleutelnet.contact.Topic;
import nl.sleutelnet.network.ContactChannel;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.PageRequest;

/** Logging a contact moment, one key figure's contacts, and closing a follow-up action. */
@Controller
class ContactMomentController {

    private final ContactService contacts;

    ContactMomentController(ContactService contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/sleutelfiguren/{id}/contact")
    String form(@PathVariable KeyFigureId id, Model model) {
        KeyFigure keyFigure = contacts.keyFigure(id);
        return form(keyFigure, ContactForm.defaults(keyFigure, contacts.today(), contacts.currentAccount()), List.of(),
                model);
    }

    @PostMapping("/sleutelfiguren/{id}/contact")
    String log(@PathVariable KeyFigureId id, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        KeyFigure keyFigure = contacts.keyFigure(id);
        ContactForm form = ContactForm.of(params);
        try {
            contacts.log(keyFigure.id(), form.draft());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(keyFigure, form, e.problems(), model);
        }
        redirect.addFlashAttribute("notice", "contact.logged");
        return "redirect:/sleutelfiguren/" + keyFigure.id().value() + "/contactmomenten";
    }

    @GetMapping("/sleutelfiguren/{id}/contactmomenten")
    String list(@PathVariable KeyFigureId id, @RequestParam(name = "pagina", required = false) String page, Model model) {
        KeyFigure keyFigure = contacts.keyFigure(id);
        model.addAttribute("keyFigure", keyFigure);
        model.addAttribute("page", contacts.contactsOf(keyFigure.id(), PageRequest.of(page, 10)));
        model.addAttribute("staff", contacts.staffById());
        model.addAttribute("me", contacts.currentAccount());
        model.addAttribute("coordinator", contacts.currentUserCoordinates());
        model.addAttribute("today", contacts.today());
        return "contact/contact-moments";
    }

    /** The form always sends afgerond=ja; without it (e.g. an empty POST) nothing happens. */
    @PostMapping("/vervolgacties/{id}/afgerond")
    String done(@PathVariable("id") FollowUpActionId action, @RequestParam(name = "afgerond", required = false) String done,
            @RequestParam(name = "terug", required = false) String back, HttpServletResponse response,
            RedirectAttributes redirect) throws java.io.IOException {
        if (!"ja".equals(done)) {
            contacts.mayClose(action);
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return null;
        }
        KeyFigureId keyFigure = contacts.markDone(action);
        redirect.addFlashAttribute("notice", "contact.followUp.closed");
        if ("werklijst".equals(back)) {
            return "redirect:/contact/werklijst#vervolgacties";
        }
        if ("gedeeld".equals(back)) {
            return "redirect:/contact/gedeeld#vervolgacties";
        }
        return "redirect:/sleutelfiguren/" + keyFigure.value() + "/contactmomenten";
    }

    private String form(KeyFigure keyFigure, ContactForm form, List<FieldProblem> problems, Model model) {
        model.addAttribute("keyFigure", keyFigure);
        model.addAttribute("form", form);
        model.addAttribute("today", contacts.today());
        model.addAttribute("me", contacts.currentAccount());
        model.addAttribute("staff", contacts.staff());
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("topics", Topic.values());
        model.addAttribute("maxNote", ContactService.MAX_NOTE);
        model.addAttribute("maxAction", ContactService.MAX_ACTION);
        InputProblems shown = InputProblems.of(problems);
        model.addAttribute(InputProblems.ATTRIBUTE, shown);
        model.addAttribute("anchors", shown.byField().keySet().stream().collect(java.util.stream.Collectors.toMap(f -> f,
                ContactMomentController::anchor, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("followUpsOpen", problems.stream().anyMatch(p -> p.field().startsWith("vervolgacties"))
                || form.vervolgacties().stream().anyMatch(r -> !r.omschrijving().isBlank() || !r.datum().isBlank()));
        return "contact/log";
    }

    /** The id of the input an error summary links to. */
    static String anchor(String field) {
        return switch (field) {
            case "kanaal" -> "kanaal-" + ContactChannel.values()[0].name();
            case "onderwerpen" -> "onderwerp-" + Topic.values()[0].name();
            case "aanwezigen" -> "aanwezigen";
            case "vervolgacties" -> "vervolgacties";
            default -> field.startsWith("vervolgacties[")
                    ? "vervolg-" + field.substring(14, field.indexOf(']')) + "-" + field.substring(field.indexOf("].") + 2)
                    : field;
        };
    }
}
