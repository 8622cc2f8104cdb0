package nl.sleutelnet.agreement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.sleutelnet.network.RoleType;
import nl.sleutelnet.shared.FieldProblem;

/**
 * What a coordinator fills in for a new version. Information handling and the partner clause
 * are not part of it: they come from the municipality's template, verbatim.
 */
public record AgreementDraft(String language, Set<RoleType> roleTypes, String municipalityExpectations,
        String keyFigureExpectations, Integer cadenceDays, UUID contactPerson, UUID backupContact, LocalDate reviewOn) {

    /**
     * A draft from values as typed (form or API). Values that cannot be read at all become null
     * (the service's rules then name them), except a role or date that is not one: that problem
     * is added to {@code problems}.
     */
    public static AgreementDraft fromText(String language, List<String> roles, String municipalityExpectations,
            String keyFigureExpectations, String cadenceDays, String contactPerson, String backup, String reviewOn,
            List<FieldProblem> problems) {
        Set<RoleType> roleTypes = EnumSet.noneOf(RoleType.class);
        for (String r : roles == null ? List.<String>of() : roles) {
            try {
                roleTypes.add(RoleType.valueOf(r));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(new FieldProblem("rollen", "agreement.error.roles"));
            }
        }
        Integer cadence = cadenceDays != null && cadenceDays.strip().matches("[0-9]{1,4}")
                ? Integer.valueOf(cadenceDays.strip()) : null;
        LocalDate review = null;
        if (reviewOn != null && !reviewOn.isBlank()) {
            try {
                review = LocalDate.parse(reviewOn.strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("herzieningsdatum", "agreement.error.reviewInvalid"));
            }
        }
        return new AgreementDraft(language == null || language.isBlank() ? "nl" : language, roleTypes,
                municipalityExpectations, keyFigureExpectations, cadence, uuid(contactPerson), uuid(backup), review);
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
