package nl.sleutelnet.concern;

/**
 * What a handler typed with a step: their own line for the reporter, a question, an outcome with
 * its rationale (and handover metadata), or a note to an approval. A step reads only its own fields.
 */
public record StepInput(String message, String question, Decision decision, String note) {
}
