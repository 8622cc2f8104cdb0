/**
 * Audit trail: an append-only, hash-chained record of logins, denied access, reads of
 * sensitive records, exports and changes. Rows hold codes and ids only, never free text;
 * {@link nl.sleutelnet.audit.AuditChain} verifies the chain and names the first broken link.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package nl.sleutelnet.audit;
