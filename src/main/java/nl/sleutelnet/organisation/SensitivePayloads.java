package nl.sleutelnet.organisation;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.sleutelnet.privacy.FieldEncryption;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Seals and opens the content of an affiliation that reveals a belief: organisation id,
 * function and kind in one encrypted value, so that no plain column tells what it is.
 */
@Component
class SensitivePayloads {

    private final FieldEncryption encryption;
    private final Organisations organisations;

    SensitivePayloads(FieldEncryption encryption, Organisations organisations) {
        this.encryption = encryption;
        this.organisations = organisations;
    }

    String seal(OrganisationId organisation, AffiliationFunction function, String kindCode) {
        return encryption.encrypt("organisation=" + organisation.value() + ";function="
                + (function == null ? "" : function.name()) + ";kind=" + kindCode);
    }

    /** The affiliation with its content; after withdrawal only the metadata remains. */
    Affiliation open(MunicipalityId municipality, Affiliations.Row row) {
        if (row.payload() == null) {
            return new Affiliation(row.id(), row.keyFigure(), true, null, null, null, row.recordedAt(), row.endedOn(),
                    row.consent());
        }
        Map<String, String> fields = new HashMap<>();
        for (String part : encryption.decrypt(row.payload()).split(";")) {
            int eq = part.indexOf('=');
            fields.put(part.substring(0, eq), part.substring(eq + 1));
        }
        OrganisationId id = new OrganisationId(UUID.fromString(fields.get("organisation")));
        String function = fields.get("function");
        return new Affiliation(row.id(), row.keyFigure(), true, organisations.find(municipality, id).orElse(null),
                function == null || function.isEmpty() ? null : AffiliationFunction.valueOf(function),
                fields.get("kind"), row.recordedAt(), row.endedOn(), row.consent());
    }
}
