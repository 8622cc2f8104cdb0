package nl.sleutelnet.agreement;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;
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
    public List<WorkListEntry> entries() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SleutelnetUser user)
                || !user.hasRole(Role.COORDINATOR) || user.municipality().isEmpty()) {
            return List.of();
        }
        return List.of(
                new WorkListEntry("agreement.workList.review", agreements.countReviewDue(),
                        "/afspraken?filter=" + AgreementFilter.REVIEW.code(), false),
                new WorkListEntry("agreement.workList.waiting", agreements.countWaitingTooLong(),
                        "/afspraken?filter=" + AgreementFilter.WAITING.code(), true));
    }
}
