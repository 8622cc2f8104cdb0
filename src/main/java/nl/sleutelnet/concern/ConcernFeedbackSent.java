package nl.sleutelnet.concern;

import java.util.UUID;

import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The municipality sent the reporter (a key figure who chose e-mail and portal) news about their
 * concern. Published in the step's transaction; a notice without content (there is news; log in to
 * read it) goes out after the commit, and not at all when the step rolls back. Ids only: no concern
 * content, no address. {@code keyFigureId} is the reporter.
 */
public record ConcernFeedbackSent(MunicipalityId municipality, ConcernId concern, UUID keyFigureId) {
}
