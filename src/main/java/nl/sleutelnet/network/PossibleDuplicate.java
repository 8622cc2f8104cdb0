package nl.sleutelnet.network;

import java.util.Set;

/** An existing key figure that a new registration may be the same person as, and why. */
public record PossibleDuplicate(KeyFigureId id, String displayName, KeyFigureStatus status, Set<Match> matches) {

    /** What the two have in common. */
    public enum Match { EMAIL, PHONE, NAME }
}
