package nl.sleutelnet.registerimport;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

    /**
     * The mapping proposed for these headings: each field on the first column whose heading
     * means it. A column headed just "Naam" next to a family-name column (and no given-name
     * column) holds the given name, not the full name ({@link #nameAsGivenName}).
     */
    static List<ImportField> propose(List<String> headers) {
        boolean nameAsGiven = nameAsGivenName(headers);
        List<ImportField> proposal = new ArrayList<>();
        Set<ImportField> used = EnumSet.noneOf(ImportField.class);
        for (String heading : headers) {
            Optional<ImportField> field = suggest(heading);
            if (nameAsGiven && isPlainName(heading)) {
                field = Optional.of(GIVEN_NAME);
            }
            proposal.add(field.filter(used::add).orElse(IGNORE));
        }
        return proposal;
    }

    /** Whether the headings have a plain "Naam" column, a family-name column and no given-name column. */
    static boolean nameAsGivenName(List<String> headers) {
        boolean plainName = false;
        boolean family = false;
        for (String heading : headers) {
            Optional<ImportField> field = suggest(heading);
            if (field.isPresent() && field.get() == GIVEN_NAME) {
                return false;
            }
            plainName |= isPlainName(heading);
            family |= field.isPresent() && field.get() == FAMILY_NAME;
        }
        return plainName && family;
    }

    private static boolean isPlainName(String heading) {
        if (heading == null || heading.isBlank()) {
            return false;
        }
        String folded = PersonName.fold(heading.toLowerCase(Locale.ROOT));
        return folded.equals("naam") || folded.equals("name");
    }

    /** Fields that may be mapped to at most one column. */
    boolean single() {
        return this != IGNORE;
    }
}
