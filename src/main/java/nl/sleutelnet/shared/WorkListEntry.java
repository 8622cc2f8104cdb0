package nl.sleutelnet.shared;

/**
 * One line of a staff member's work list on the start page: a message key, how many
 * items wait, and where to handle them. {@code overdue} lines are shown first and marked.
 */
public record WorkListEntry(String labelKey, long count, String href, boolean overdue) {
}
