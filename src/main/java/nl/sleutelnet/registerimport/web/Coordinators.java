package nl.sleutelnet.registerimport.web;

import org.springframework.security.access.AccessDeniedException;

import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;

/**
 * A second gate behind the route table: {@code GET /sleutelfiguren/{id}} (open to concern
 * handlers) is listed before these routes and also matches {@code /sleutelfiguren/import}
 * and {@code /sleutelfiguren/export}, so the table alone would let a concern handler in.
 */
final class Coordinators {

    private Coordinators() {
    }

    static void require(SleutelnetUser user) {
        if (user == null || !user.hasRole(Role.COORDINATOR)) {
            throw new AccessDeniedException("coordinators only");
        }
    }
}
