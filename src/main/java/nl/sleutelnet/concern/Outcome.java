package nl.sleutelnet.concern;

/** The outcome of an assessment. Each needs a written rationale; some need a second handler. */
public enum Outcome {
    NO_CONCERN(true),
    CARE_ROUTE(false),
    HANDED_OVER(true),
    ADVICE_GIVEN(false);

    private final boolean fourEyes;

    Outcome(boolean fourEyes) {
        this.fourEyes = fourEyes;
    }

    /** Whether a second handler must approve before it takes effect. */
    public boolean needsApproval() {
        return fourEyes;
    }

    public ConcernStatus status() {
        return ConcernStatus.valueOf(name());
    }

    public boolean allowedFor(ConcernKind kind) {
        return kind == ConcernKind.ADVICE ? this == ADVICE_GIVEN || this == NO_CONCERN : this != ADVICE_GIVEN;
    }
}
