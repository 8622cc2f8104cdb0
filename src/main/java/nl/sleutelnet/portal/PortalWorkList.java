package nl.sleutelnet.portal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.Role;
import nl.sleutelnet.shared.WorkList;
import nl.sleutelnet.shared.WorkListEntry;

/**
 * Work waiting from the portal for the coordinator: correction requests and invitations that
 * expired unaccepted. The privacy officer's erasure requests are {@link ErasureWorkList}.
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
    public Set<Role> roles() {
        return Set.of(Role.COORDINATOR);
    }

    @Override
    public List<WorkListEntry> entries() {
        SubjectRequestRows.OpenCount corrections = requests.openCorrections();
        return List.of(
                new WorkListEntry("portal.workList.correctionsOverdue", corrections.overdue(), "/verzoeken/correcties",
                        true),
                new WorkListEntry("portal.workList.corrections", corrections.open() - corrections.overdue(),
                        "/verzoeken/correcties", false),
                new WorkListEntry("portal.workList.invitationsExpired", invitations.countExpired(), "/portaaltoegang",
                        false));
    }
}
