/**
 * The key figure's own side of Sleutelnet and the requests it starts: the coordinator
 * invites a key figure by a single-use, expiring e-mail link to set a password (no DigiD,
 * no BSN); the key figure sees their contact person and everything recorded about them,
 * downloads it (JSON and PDF), asks for a correction (handled by the coordinator) or for
 * erasure (tracked by the privacy officer against the one-month deadline). The key figure
 * is always the signed-in one: no portal route takes a key-figure id from the request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package nl.sleutelnet.portal;
