package nl.sleutelnet.reciprocity;

/** Who took the first step: the key figure asked, or the municipality offered. */
public enum Direction {
    KEY_FIGURE_ASKED, MUNICIPALITY_OFFERED;

    /** The status a new item starts in. */
    public ItemStatus initialStatus() {
        return this == KEY_FIGURE_ASKED ? ItemStatus.REQUESTED : ItemStatus.OFFERED;
    }
}
