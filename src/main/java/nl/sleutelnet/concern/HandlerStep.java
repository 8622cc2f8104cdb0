package nl.sleutelnet.concern;

/**
 * A handler's step as screens and API name it (Dutch codes, the API vocabulary). Which step is
 * possible depends on the concern's state; {@link ConcernHandling#take} refuses the others.
 */
public enum HandlerStep {
    BEVESTIGEN,
    BEOORDELEN,
    VRAAG_STELLEN,
    HERVATTEN,
    STATUSBERICHT,
    UITKOMST,
    GOEDKEUREN,
    AFWIJZEN,
    AFSLUITEN;

    /** The step named by a form or request; null when there is no such step. */
    public static HandlerStep of(String code) {
        for (HandlerStep step : values()) {
            if (step.name().equals(code == null ? "" : code.strip())) {
                return step;
            }
        }
        return null;
    }
}
