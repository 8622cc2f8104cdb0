package nl.sleutelnet.identity;

import java.time.Instant;
import java.util.UUID;

import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * An administrator invited a staff member, or sent the invitation again: the notification module
 * mails the set-up link to the account's address after the commit. The link's path holds the
 * single-use token, so it travels sealed with field encryption: the event registry's table never
 * holds a usable token (the link itself is stored only as a hash). Ids, no names.
 */
public record StaffInvitationIssued(MunicipalityId municipality, UUID accountId, String sealedLinkPath,
        Instant validUntil) {

    @Override
    public String toString() {
        return "StaffInvitationIssued[" + accountId + "]";
    }
}
