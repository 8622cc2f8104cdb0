package nl.sleutelnet.network;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.Role;
import nl.sleutelnet.shared.WorkList;
import nl.sleutelnet.shared.WorkListEntry;

/**
 * Warns the coordinator about active and paused key figures left without a contact person:
 * none was set, or the contact person's account is no longer active (they left).
 */
@Component
class WithoutContactWorkList implements WorkList {

    static final String HREF = "/sleutelfiguren?zonderContactpersoon=true";

    private final KeyFigureService keyFigures;

    WithoutContactWorkList(KeyFigureService keyFigures) {
        this.keyFigures = keyFigures;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.COORDINATOR);
    }

    @Override
    public List<WorkListEntry> entries() {
        return List.of(new WorkListEntry("keyFigures.workList.withoutContact", keyFigures.countWithoutContact(), HREF,
                true));
    }
}
