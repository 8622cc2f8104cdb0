package nl.sleutelnet.organisation;

/** An organisation as typed on the form or sent to the API; the service validates it. */
public record OrganisationDraft(String name, String kind, String area, String website) {
}
