package nl.sleutelnet.network;

import java.util.EnumSet;
import java.util.Set;

/** Where the cooperation with a key figure stands: candidate → intake → active ⇄ paused → ended. */
public enum KeyFigureStatus {
    CANDIDATE, INTAKE, ACTIVE, PAUSED, ENDED;

    /** The statuses this one may move to. Ending is possible from every status but the last. */
    public Set<KeyFigureStatus> next() {
        return switch (this) {
            case CANDIDATE -> EnumSet.of(INTAKE, ENDED);
            case INTAKE -> EnumSet.of(ACTIVE, ENDED);
            case ACTIVE -> EnumSet.of(PAUSED, ENDED);
            case PAUSED -> EnumSet.of(ACTIVE, ENDED);
            case ENDED -> EnumSet.noneOf(KeyFigureStatus.class);
        };
    }

    public boolean canMoveTo(KeyFigureStatus target) {
        return next().contains(target);
    }
}
