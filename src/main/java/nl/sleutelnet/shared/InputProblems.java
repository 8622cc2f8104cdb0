package nl.sleutelnet.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.springframework.ui.Model;

/**
 * Refused input as every form shows it: the model attribute {@value #ATTRIBUTE} holds the list
 * for the error summary (every problem once, in the order found) and the first problem per field
 * for the message next to it. The fragments in templates/fragments/ read only this.
 * A controller refuses input with {@link #refuse}, which also sets 400; a stale version (409)
 * or a failure (500) sets its own status and uses {@link #show}.
 */
public record InputProblems(List<FieldProblem> summary, Map<String, FieldProblem> byField) {

    /** The model attribute the form fragments read. */
    public static final String ATTRIBUTE = "problems";

    private static final int BAD_REQUEST = 400;

    public static final InputProblems NONE = new InputProblems(List.of(), Map.of());

    public InputProblems {
        summary = List.copyOf(summary);
        byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    /** Every problem once for the summary, and the first problem of each field. */
    public static InputProblems of(List<FieldProblem> problems) {
        Map<String, FieldProblem> first = new LinkedHashMap<>();
        problems.forEach(p -> first.putIfAbsent(p.field(), p));
        return new InputProblems(problems.stream().distinct().toList(), first);
    }

    public static InputProblems of(FieldProblem problem) {
        return of(List.of(problem));
    }

    /** Puts the problems on the model under {@value #ATTRIBUTE}. */
    public static void show(Model model, List<FieldProblem> problems) {
        model.addAttribute(ATTRIBUTE, of(problems));
    }

    /**
     * Refused input: puts the problems on the model and sets 400 Bad Request through
     * {@code status} (the controller passes {@code response::setStatus}; this module stays free of
     * the servlet API). The controller then renders the same page.
     */
    public static void refuse(Model model, List<FieldProblem> problems, IntConsumer status) {
        show(model, problems);
        status.accept(BAD_REQUEST);
    }

    /** Puts "no problems" on the model unless a handler already put problems there. */
    public static void none(Model model) {
        if (!model.containsAttribute(ATTRIBUTE)) {
            model.addAttribute(ATTRIBUTE, NONE);
        }
    }

    public boolean isEmpty() {
        return summary.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The first problem of the field, or null. */
    public FieldProblem get(String field) {
        return byField.get(field);
    }
}
