package nl.sleutelnet.shared;

import java.util.List;

/**
 * Implemented by a module that has work waiting for the signed-in staff member (overdue
 * contacts, agreements to review, requests to handle). The start page shows every
 * contribution; an implementation answers only for the current user's roles and tenant.
 */
public interface WorkList {

    List<WorkListEntry> entries();
}
