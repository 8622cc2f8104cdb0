package nl.sleutelnet.shared;

/** A problem with one field of user input: the field name and a message key (Dutch and English texts). */
public record FieldProblem(String field, String messageKey) {
}
