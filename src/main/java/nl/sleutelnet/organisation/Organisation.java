package nl.sleutelnet.organisation;

/**
 * An organisation in the municipality: a name, the kind of network it belongs to, optionally
 * the area and a website. It holds no member list. {@code sensitive} is true when its kind
 * reveals a belief; such an organisation is shown only to coordinators.
 */
public record Organisation(OrganisationId id, String name, String kindCode, String areaCode, String website,
        boolean sensitive, int version) {
}
