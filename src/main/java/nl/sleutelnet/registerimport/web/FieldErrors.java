package nl.sleutelnet.registerimport.web;

import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;

import nl.sleutelnet.shared.FieldProblem;

/** Puts field problems on the model: the list for the error summary, the first per field next to it. */
final class FieldErrors {

    private FieldErrors() {
    }

    static void add(Model model, List<FieldProblem> problems) {
        model.addAttribute("problems", problems);
        model.addAttribute("fieldErrors", FieldProblem.firstPerField(problems));
    }

    static void none(Model model) {
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
    }
}
