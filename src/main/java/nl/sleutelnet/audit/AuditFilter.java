package nl.sleutelnet.audit;

import java.util.UUID;

/**
 * What the privacy officer narrows the trail to: one action, and one id that is either the record
 * acted on or the actor (a key figure's id shows every read of their data; an account's id shows
 * what that person did). Null means "any".
 */
public record AuditFilter(AuditAction action, UUID about) {

    public static final AuditFilter NONE = new AuditFilter(null, null);
}
