package nl.sleutelnet.network;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.shared.WorkList;
import nl.sleutelnet.shared.WorkListEntry;
import nl.sleutelnet.tenancy.CurrentTenant;

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
    public List<WorkListEntry> entries() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SleutelnetUser user)
                || !user.hasRole(Role.COORDINATOR) || CurrentTenant.municipality().isEmpty()) {
            return List.of();
        }
        return List.of(new WorkListEntry("keyFigures.workList.withoutContact", keyFigures.countWithoutContact(), HREF,
                true));
    }
}
