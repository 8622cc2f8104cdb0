package nl.sleutelnet.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A problem with one field of user input: the field name, a message key (Dutch and English
 * texts) and the arguments the message needs, such as a length limit.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public FieldProblem(String field, String messageKey) {
        this(field, messageKey, List.of());
    }

    /** The arguments as the message source takes them. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }

    /** The first problem's message key per field, in order (for code that needs only the keys; forms use {@link InputProblems}). */
    public static Map<String, String> firstPerField(List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), p.messageKey()));
        return byField;
    }
}
