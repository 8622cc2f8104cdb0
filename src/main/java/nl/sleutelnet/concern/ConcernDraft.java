package nl.sleutelnet.concern;

/**
 * A concern or an advice question as typed in a form or sent to the API; the service checks it.
 * {@code sourceConsent} must be "true" before {@code sourceNamed} is kept.
 */
public record ConcernDraft(String kind, String ageBand, String areaCode, String facts, String interpretation,
        String sourceKind, String sourceConsent, String sourceNamed, String counterSigns, String feedbackChannel) {
}
