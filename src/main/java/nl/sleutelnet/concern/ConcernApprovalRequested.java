package nl.sleutelnet.concern;

import java.util.UUID;

import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * A handler proposed an outcome that needs a second handler ("no concern" or a handover). Ids only:
 * {@code proposer} is the proposing handler's account, who may not approve it.
 */
public record ConcernApprovalRequested(MunicipalityId municipality, ConcernId concern, UUID proposer) {
}
