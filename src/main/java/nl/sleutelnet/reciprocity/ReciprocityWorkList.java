package nl.sleutelnet.reciprocity;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.Role;
import nl.sleutelnet.shared.WorkList;
import nl.sleutelnet.shared.WorkListEntry;

/** A coordinator's line: requests key figures filed in the portal that nobody has taken up yet. */
@Component
class ReciprocityWorkList implements WorkList {

    private final ReciprocityService reciprocity;

    ReciprocityWorkList(ReciprocityService reciprocity) {
        this.reciprocity = reciprocity;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.COORDINATOR);
    }

    @Override
    public List<WorkListEntry> entries() {
        return List.of(new WorkListEntry("reciprocity.workList.new", reciprocity.countNewRequests(), "/wederkerigheid",
                false));
    }
}
