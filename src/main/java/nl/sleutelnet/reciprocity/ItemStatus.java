package nl.sleutelnet.reciprocity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an item stands. A request or offer is taken up (in progress) and then done or
 * declined; it can also be done or declined straight away. Done and declined are final.
 */
public enum ItemStatus {
    REQUESTED, OFFERED, IN_PROGRESS, DONE, DECLINED;

    public Set<ItemStatus> next() {
        return switch (this) {
            case REQUESTED, OFFERED -> EnumSet.of(IN_PROGRESS, DONE, DECLINED);
            case IN_PROGRESS -> EnumSet.of(DONE, DECLINED);
            case DONE, DECLINED -> EnumSet.noneOf(ItemStatus.class);
        };
    }

    public boolean canBecome(ItemStatus target) {
        return target == this || next().contains(target);
    }

    public boolean closed() {
        return this == DONE || this == DECLINED;
    }
}
