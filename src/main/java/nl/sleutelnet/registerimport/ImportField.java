package nl.sleutelnet.registerimport;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.sleutelnet.shared.PersonName;

/**
 * What a column of an uploaded file can hold. Each field knows the column headings that
 * usually mean it (Dutch and English), compared without case, accents and punctuation.
 */
public enum ImportField {
    IGNORE(),
    FULL_NAME("naam", "volledigenaam", "name", "fullname"),
    GIVEN_NAME("voornaam", "roepnaam", "firstname", "givenname", "voornamen"),
    NAME_PREFIX("tussenvoegsel", "tussenvoegsels", "voorvoegsel", "prefix", "nameprefix", "tv"),
    FAMILY_NAME("achternaam", "familienaam", "lastname", "surname", "familyname", "geslachtsnaam"),
    EMAIL("email", "emailadres", "mail", "emailaddress"),
    PHONE("telefoon", "telefoonnummer", "mobiel", "mobielnummer", "tel", "gsm", "phone", "mobile", "phonenumber"),
    AREAS("wijk", "buurt", "wijken", "buurten", "wijkbuurt", "wijkenbuurten", "area", "areas", "neighbourhood",
            "neighborhood", "cbscode", "wijkcode", "buurtcode"),
    NETWORK_KINDS("netwerk", "netwerken", "netwerksoort", "soortnetwerk", "network", "networks", "networkkind"),
    ROLE_TYPES("rol", "rollen", "roltype", "role", "roles", "roletype"),
    LANGUAGE("taal", "voorkeurstaal", "language", "preferredlanguage"),
    CHANNEL("kanaal", "contactkanaal", "voorkeurskanaal", "channel", "contactchannel"),
    NEW_TO_MUNICIPALITY("nieuw", "nieuwegemeente", "nieuwvoordegemeente", "new", "newtomunicipality"),
    STATUS("status", "fase");

    private final List<String> headings;

    ImportField(String... headings) {
        this.headings = List.of(headings);
    }

    /** The message key of the field's label. */
    public String labelKey() {
        return "import.field." + name();
    }

    /** The field a column heading most likely means; empty when none fits. */
    static Optional<ImportField> suggest(String heading) {
        if (heading == null || heading.isBlank()) {
            return Optional.empty();
        }
        String folded = PersonName.fold(heading.toLowerCase(Locale.ROOT));
        for (ImportField field : values()) {
            if (field.headings.contains(folded)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** Fields that may be mapped to at most one column. */
    boolean single() {
        return this != IGNORE;
    }
}
