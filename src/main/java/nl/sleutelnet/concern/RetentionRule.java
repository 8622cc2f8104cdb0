package nl.sleutelnet.concern;

/**
 * What retention does to a closed concern: delete it whole ("no concern", advice, and — after the
 * longest period — what is left of a care route or handover), or clear its narrative.
 */
public enum RetentionRule {
    CLOSED_NO_CONCERN,
    CLOSED_ADVICE,
    NARRATIVE,
    HANDOVER_METADATA;

    public boolean deletes() {
        return this != NARRATIVE;
    }
}
