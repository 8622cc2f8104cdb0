package nl.sleutelnet.concern;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.Role;
import nl.sleutelnet.shared.WorkList;
import nl.sleutelnet.shared.WorkListEntry;

/** A concern handler's lines: feedback overdue, feedback due soon, outcomes waiting for their approval. */
@Component
class ConcernWorkList implements WorkList {

    private final ConcernHandling concerns;

    ConcernWorkList(ConcernHandling concerns) {
        this.concerns = concerns;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.CONCERN_HANDLER);
    }

    @Override
    public List<WorkListEntry> entries() {
        WorkCounts counts = concerns.workCounts();
        List<WorkListEntry> entries = new ArrayList<>();
        entries.add(new WorkListEntry("concern.workList.overdue", counts.overdue(), "/zorgmeldingen?weergave=overdue",
                counts.overdue() > 0));
        entries.add(new WorkListEntry("concern.workList.due", counts.dueSoon(), "/zorgmeldingen?weergave=due", false));
        entries.add(new WorkListEntry("concern.workList.approval", counts.awaitingMyApproval(),
                "/zorgmeldingen?weergave=approval", false));
        return entries;
    }
}
