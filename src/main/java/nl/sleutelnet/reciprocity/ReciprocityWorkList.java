package nl.sleutelnet.reciprocity;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;
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
    public List<WorkListEntry> entries() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SleutelnetUser user)
                || !user.hasRole(Role.COORDINATOR) || user.municipality().isEmpty()) {
            return List.of();
        }
        return List.of(new WorkListEntry("reciprocity.workList.new", reciprocity.countNewRequests(), "/wederkerigheid",
                false));
    }
}
