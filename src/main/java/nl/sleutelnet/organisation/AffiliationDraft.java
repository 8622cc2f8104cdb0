package nl.sleutelnet.organisation;

/**
 * An affiliation as typed: the organisation id, an optional function code, and for an
 * organisation that reveals a belief the explicit consent (given, on which day, which text
 * version, how).
 */
public record AffiliationDraft(String organisation, String function, boolean consentGiven, String consentDate,
        String consentVersion, String consentMethod) {
}
