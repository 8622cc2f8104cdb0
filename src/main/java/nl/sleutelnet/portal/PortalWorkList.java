package nl.sleutelnet.portal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.shared.WorkList;
import nl.sleutelnet.shared.WorkListEntry;

/**
 * Work waiting from the portal: for the coordinator, correction requests and invitations
 * that expired unaccepted; for the privacy officer, erasure requests (overdue ones apart).
 */
@Component
class PortalWorkList implements WorkList {

    private final SubjectRequests requests;
    private final PortalInvitations invitations;

    PortalWorkList(SubjectRequests requests, PortalInvitations invitations) {
        this.requests = requests;
        this.invitations = invitations;
    }

    @Override
    public List<WorkListEntry> entries() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SleutelnetUser user)
                || user.municipality().isEmpty()) {
            return List.of();
        }
        List<WorkListEntry> entries = new ArrayList<>();
        if (user.hasRole(Role.COORDINATOR)) {
            SubjectRequestRows.OpenCount corrections = requests.openCorrections();
            entries.add(new WorkListEntry("portal.workList.correctionsOverdue", corrections.overdue(),
                    "/verzoeken/correcties", true));
            entries.add(new WorkListEntry("portal.workList.corrections", corrections.open() - corrections.overdue(),
                    "/verzoeken/correcties", false));
            entries.add(new WorkListEntry("portal.workList.invitationsExpired", invitations.countExpired(),
                    "/portaaltoegang", false));
        }
        if (user.hasRole(Role.PRIVACY_OFFICER)) {
            SubjectRequestRows.OpenCount erasures = requests.openErasures();
            entries.add(new WorkListEntry("portal.workList.erasuresOverdue", erasures.overdue(), "/beheer/verzoeken",
                    true));
            entries.add(new WorkListEntry("portal.workList.erasures", erasures.open() - erasures.overdue(),
                    "/beheer/verzoeken", false));
        }
        return entries;
    }
}
