package nl.sleutelnet.portal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.Role;
import nl.sleutelnet.shared.WorkList;
import nl.sleutelnet.shared.WorkListEntry;

/** Work waiting from the portal for the privacy officer: erasure requests, overdue ones apart. */
@Component
class ErasureWorkList implements WorkList {

    private final SubjectRequests requests;

    ErasureWorkList(SubjectRequests requests) {
        this.requests = requests;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.PRIVACY_OFFICER);
    }

    @Override
    public List<WorkListEntry> entries() {
        SubjectRequestRows.OpenCount erasures = requests.openErasures();
        return List.of(
                new WorkListEntry("portal.workList.erasuresOverdue", erasures.overdue(), "/beheer/verzoeken", true),
                new WorkListEntry("portal.workList.erasures", erasures.open() - erasures.overdue(), "/beheer/verzoeken",
                        false));
    }
}
