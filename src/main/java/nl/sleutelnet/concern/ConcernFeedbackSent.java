package nl.sleutelnet.concern;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * A message for the reporter of a concern was stored (published in the transaction that stored it).
 * It carries ids only, never content: whoever reacts (the e-mail notice) reads what it may itself.
 * {@code recipient} is the reporter, a key figure.
 */
public record ConcernFeedbackSent(MunicipalityId municipality, ConcernId concern, KeyFigureId recipient) {
}
