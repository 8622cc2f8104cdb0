package nl.sleutelnet.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.shared.FieldProblem;

/** Puts refused input on a form: an error summary, messages per field, and status 400. */
final class FormProblems {

    private FormProblems() {
    }

    static void show(List<FieldProblem> problems, Model model, HttpServletResponse response) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            byField.computeIfAbsent(problem.field(), f -> new ArrayList<>()).add(problem.messageKey());
        }
        model.addAttribute("problems", problems);
        model.addAttribute("fieldErrors", byField);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
}
