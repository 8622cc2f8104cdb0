package nl.sleutelnet.agreement;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.Role;
import nl.sleutelnet.shared.WorkList;
import nl.sleutelnet.shared.WorkListEntry;

/** A coordinator's lines: reviews that are due, and versions that wait too long for acceptance. */
@Component
class AgreementWorkList implements WorkList {

    private final AgreementService agreements;

    AgreementWorkList(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.COORDINATOR);
    }

    @Override
    public List<WorkListEntry> entries() {
        return List.of(
                new WorkListEntry("agreement.workList.review", agreements.countReviewDue(),
                        "/afspraken?filter=" + AgreementFilter.REVIEW.code(), false),
                new WorkListEntry("agreement.workList.waiting", agreements.countWaitingTooLong(),
                        "/afspraken?filter=" + AgreementFilter.WAITING.code(), true));
    }
}
