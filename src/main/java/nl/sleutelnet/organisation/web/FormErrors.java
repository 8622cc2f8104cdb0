package nl.sleutelnet.organisation.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;

/** Puts refused input on the model as field → message key (first problem per field) and answers 400. */
final class FormErrors {

    private FormErrors() {
    }

    static void show(InvalidInputException refused, Model model, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : refused.problems()) {
            errors.putIfAbsent(problem.field(), problem.messageKey());
        }
        model.addAttribute("errors", errors);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
}
