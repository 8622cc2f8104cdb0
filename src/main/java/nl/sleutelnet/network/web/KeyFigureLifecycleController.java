package nl.sleutelnet.network.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.network.EndReason;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.network.StatusChange;
import nl.sleutelnet.shared.Codes;
import nl.sleutelnet.shared.ConcurrentChangeException;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.shared.InvalidInputException;

/** Moving a key figure along the lifecycle, and sharing them with partner professionals. */
@Controller
class KeyFigureLifecycleController {

    private static final String VIEW = "network/key-figure";

    private final KeyFigureService keyFigures;
    private final RegisterViews views;

    KeyFigureLifecycleController(KeyFigureService keyFigures, RegisterViews views) {
        this.keyFigures = keyFigures;
        this.views = views;
    }

    @PostMapping("/sleutelfiguren/{id}/status")
    String changeStatus(@PathVariable KeyFigureId id, @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "versie", required = false) String version,
            @RequestParam(name = "reden", required = false) String reason,
            @RequestParam(name = "exitgesprekOp", required = false) String exitConversation,
            @RequestParam(name = "geenExitgesprek", required = false) String noExitConversation, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        KeyFigure before = keyFigures.find(id);
        List<FieldProblem> problems = new ArrayList<>();
        KeyFigureStatus target = Codes.optional(KeyFigureStatus.class, status, "status", "keyFigure.status.notAllowed", problems);
        EndReason endReason = Codes.optional(EndReason.class, reason, "endReason", "keyFigure.endReason.required", problems);
        LocalDate exitOn = null;
        if (exitConversation != null && !exitConversation.isBlank()) {
            try {
                exitOn = LocalDate.parse(exitConversation.strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("exitConversationOn", "keyFigure.exitConversation.invalidDate"));
            }
        }
        if (target == null && problems.isEmpty()) {
            problems.add(new FieldProblem("status", "keyFigure.status.required"));
        }
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            KeyFigure after = keyFigures.changeStatus(before.id(), new StatusChange(target,
                    KeyFigureController.number(version, -1), endReason, exitOn, "true".equals(noExitConversation)));
            redirect.addFlashAttribute("statusNotice", after.status().name());
            if (after.status() == KeyFigureStatus.ENDED) {
                whatIsLeft(after, redirect);
            }
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            model.addAttribute("statusForm", target == null ? null : target.name());
            views.page(model, before.id(), RegisterViews.TIMELINE_STEP, locale);
            return VIEW;
        } catch (ConcurrentChangeException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", true);
            views.page(model, before.id(), RegisterViews.TIMELINE_STEP, locale);
            return VIEW;
        }
        return "redirect:/sleutelfiguren/" + before.id().value();
    }

    /** Who is left after an ending: the contact person's remaining list, and partners still sharing. */
    private void whatIsLeft(KeyFigure ended, RedirectAttributes redirect) {
        UUID contact = ended.contactPerson();
        if (contact != null) {
            keyFigures.staff().stream().filter(s -> s.id().equals(contact)).findFirst().ifPresent(s -> {
                redirect.addFlashAttribute("endedContactPerson", s.displayName());
                redirect.addFlashAttribute("endedContactLoad", keyFigures.contactLoad(contact));
            });
        }
        redirect.addFlashAttribute("endedShares", keyFigures.sharesOf(ended.id()).size());
    }

    @PostMapping("/sleutelfiguren/{id}/delen")
    String share(@PathVariable KeyFigureId id, @RequestParam(name = "partner", required = false) String partner,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        KeyFigure keyFigure = keyFigures.find(id);
        try {
            keyFigures.share(keyFigure.id(), account(partner));
        } catch (InvalidInputException e) {
            return refused(model, keyFigure, e, locale, response);
        }
        redirect.addFlashAttribute("notice", "keyFigure.share.done");
        return "redirect:/sleutelfiguren/" + keyFigure.id().value() + "#delen";
    }

    @PostMapping("/sleutelfiguren/{id}/delen/stoppen")
    String unshare(@PathVariable KeyFigureId id, @RequestParam(name = "partner", required = false) String partner,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        KeyFigure keyFigure = keyFigures.find(id);
        try {
            keyFigures.unshare(keyFigure.id(), account(partner));
        } catch (InvalidInputException e) {
            return refused(model, keyFigure, e, locale, response);
        }
        redirect.addFlashAttribute("notice", "keyFigure.share.stopped");
        return "redirect:/sleutelfiguren/" + keyFigure.id().value() + "#delen";
    }

    private String refused(Model model, KeyFigure keyFigure, InvalidInputException e, Locale locale,
            HttpServletResponse response) {
        InputProblems.refuse(model, e.problems(), response::setStatus);
        views.page(model, keyFigure.id(), RegisterViews.TIMELINE_STEP, locale);
        return VIEW;
    }

    private static UUID account(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
