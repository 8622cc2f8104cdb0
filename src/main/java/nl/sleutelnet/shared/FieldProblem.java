package nl.sleutelnet.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A problem with one field of user input: the field name and a message key (Dutch and English texts). */
public record FieldProblem(String field, String messageKey) {

    /** The first problem's message key per field, in order: for the messages next to fields and the summary. */
    public static Map<String, String> firstPerField(List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), p.messageKey()));
        return byField;
    }
}
