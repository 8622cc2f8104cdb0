package nl.sleutelnet.reciprocity.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.reciprocity.Direction;
import nl.sleutelnet.reciprocity.ItemKind;
import nl.sleutelnet.reciprocity.ReciprocityDraft;
import nl.sleutelnet.reciprocity.ReciprocityItem;
import nl.sleutelnet.reciprocity.ReciprocityItemId;
import nl.sleutelnet.reciprocity.ReciprocityService;
import nl.sleutelnet.shared.ConcurrentChangeException;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.PageRequest;

/** The coordinator's ledger per key figure, one item to update, and the list of new requests. */
@Controller
class ReciprocityController {

    private final ReciprocityService reciprocity;
    private final KeyFigureService keyFigures;

    ReciprocityController(ReciprocityService reciprocity, KeyFigureService keyFigures) {
        this.reciprocity = reciprocity;
        this.keyFigures = keyFigures;
    }

    @GetMapping("/sleutelfiguren/{id}/wederkerigheid")
    String ledger(@PathVariable KeyFigureId id, Model model) {
        KeyFigure keyFigure = keyFigures.get(id);
        model.addAttribute("draft", new ReciprocityDraft(Direction.KEY_FIGURE_ASKED.name(), "", "", "", "", "", "", ""));
        return ledgerPage(keyFigure, InputProblems.NONE, model);
    }

    @PostMapping("/sleutelfiguren/{id}/wederkerigheid")
    String record(@PathVariable KeyFigureId id, @RequestParam(name = "richting", required = false) String direction,
            @RequestParam(name = "soort", required = false) String kind,
            @RequestParam(name = "titel", required = false) String title,
            @RequestParam(name = "toelichting", required = false) String explanation,
            @RequestParam(name = "bedrag", required = false) String amount,
            @RequestParam(name = "datum", required = false) String date, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        KeyFigure keyFigure = keyFigures.find(id);
        ReciprocityDraft draft = new ReciprocityDraft(direction, kind, title, explanation, amount, date, null, null);
        try {
            reciprocity.record(keyFigure.id(), draft);
            redirect.addFlashAttribute("notice", "reciprocity.recorded");
            return "redirect:/sleutelfiguren/" + keyFigure.id().value() + "/wederkerigheid";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("draft", draft);
            return ledgerPage(keyFigure, InputProblems.of(e.problems()), model);
        }
    }

    @GetMapping("/wederkerigheid")
    String newRequests(@RequestParam(name = "pagina", required = false) String page, Model model) {
        var found = reciprocity.newRequests(PageRequest.of(page, PageRequest.DEFAULT_SIZE));
        model.addAttribute("page", found);
        model.addAttribute("keyFigures", reciprocity.keyFiguresOf(found.items()));
        return "reciprocity/new-requests";
    }

    @GetMapping("/wederkerigheid/{id}")
    String item(@PathVariable ReciprocityItemId id, Model model) {
        ReciprocityItem item = reciprocity.get(id);
        model.addAttribute("draft", new ReciprocityDraft(null, null, item.title(), null,
                item.amount() == null ? "" : item.amount().toPlainString(), null, item.status().name(),
                item.outcome() == null ? "" : item.outcome()));
        return itemPage(item, item.version(), InputProblems.NONE, model);
    }

    @PostMapping("/wederkerigheid/{id}")
    String update(@PathVariable ReciprocityItemId id, @RequestParam(name = "versie", required = false) String version,
            @RequestParam(name = "titel", required = false) String title,
            @RequestParam(name = "bedrag", required = false) String amount,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "uitkomst", required = false) String outcome, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ReciprocityItem item = reciprocity.get(id);
        ReciprocityDraft draft = new ReciprocityDraft(null, null, title, null, amount, null, status, outcome);
        int seen = version != null && version.strip().matches("[0-9]{1,9}") ? Integer.parseInt(version.strip()) : -1;
        InputProblems problems;
        try {
            if (seen < 0) {
                throw new InvalidInputException(List.of(new FieldProblem("versie", "reciprocity.error.concurrent")));
            }
            reciprocity.update(item.id(), seen, draft);
            redirect.addFlashAttribute("notice", "reciprocity.updated");
            return "redirect:/sleutelfiguren/" + item.keyFigure().value() + "/wederkerigheid";
        } catch (InvalidInputException e) {
            problems = InputProblems.of(e.problems());
        } catch (ConcurrentChangeException e) {
            problems = InputProblems.of(new FieldProblem("versie", "reciprocity.error.concurrent"));
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("draft", draft);
        return itemPage(item, seen < 0 ? item.version() : seen, problems, model);
    }

    private String ledgerPage(KeyFigure keyFigure, InputProblems problems, Model model) {
        model.addAttribute("keyFigure", keyFigure);
        model.addAttribute("items", reciprocity.itemsOf(keyFigure.id()));
        model.addAttribute("directions", Direction.values());
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("problems", problems);
        return "reciprocity/ledger";
    }

    private String itemPage(ReciprocityItem item, int version, InputProblems problems, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("version", version);
        model.addAttribute("keyFigure", keyFigures.find(item.keyFigure()));
        model.addAttribute("statuses", item.status().next());
        model.addAttribute("problems", problems);
        return "reciprocity/item";
    }
}
