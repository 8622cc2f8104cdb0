/**
 * Concerns (zorgmeldingen, recommendation R6): a worry about possible radicalisation raised by a
 * key figure, handled by the municipality's concern handlers, and fed back to whoever raised it.
 * The person concerned is never named (the concern's reference is the pseudonym, with an age band
 * and area at most); narrative fields are encrypted; every read by a handler is audited; handing
 * over and closing as "no concern" need a second handler; the reporter sees only the status and the
 * texts meant for them. Sleutelnet is not the case system: a handover keeps metadata only.
 * Retention deletes what may no longer be kept and logs metadata only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Concerns")
package nl.sleutelnet.concern;
