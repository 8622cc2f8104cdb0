package nl.sleutelnet.shared;

import java.util.List;

/** Input was refused with a problem per field; nothing was written. The API answers 400 naming the fields, the UI shows the messages next to them. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("invalid input: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
