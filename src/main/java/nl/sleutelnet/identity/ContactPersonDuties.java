package nl.sleutelnet.identity;

import java.util.UUID;

/**
 * What a staff member is the fixed contact person of, as the module that keeps those records
 * (network: key figures) answers it, so that deactivating a staff member can show what would be left
 * without a contact person and hand it over in the same step. An extension point: identity does not
 * know the modules built on it. Both methods work in the current municipality.
 */
public interface ContactPersonDuties {

    /** How many records would be left without a contact person if this staff member left. */
    long countOf(UUID staffAccount);

    /** Makes {@code to} the contact person of everything {@code from} is it of; returns how many. */
    int handOver(UUID from, UUID to);
}
