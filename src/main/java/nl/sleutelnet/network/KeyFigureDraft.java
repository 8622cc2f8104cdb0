package nl.sleutelnet.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.sleutelnet.shared.Codes;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.PersonName;
import nl.sleutelnet.shared.TextRule;

/**
 * What a coordinator (or an import row) proposes for a key figure, as typed. The service
 * validates it and answers field problems as message keys.
 */
public record KeyFigureDraft(String givenName, String namePrefix, String familyName, String email, String phone,
        String preferredLanguage, ContactChannel preferredChannel, List<RoleType> roleTypes,
        boolean newToMunicipality, List<String> areaCodes, List<String> networkKinds, UUID introducedBy) {

    public KeyFigureDraft {
        roleTypes = roleTypes == null ? List.of() : List.copyOf(roleTypes);
        areaCodes = areaCodes == null ? List.of() : List.copyOf(areaCodes);
        networkKinds = networkKinds == null ? List.of() : List.copyOf(networkKinds);
    }

    /**
     * A draft from text as typed in a form or sent to the API: the channel, roles and introducer
     * arrive as codes and an id. What cannot be read is added to {@code problems} (the service's
     * field names) and left out of the draft; {@code validate} checks the rest.
     */
    public static KeyFigureDraft parse(String givenName, String namePrefix, String familyName, String email,
            String phone, String language, String channel, List<String> roles, boolean newToMunicipality,
            List<String> areaCodes, List<String> networkKinds, String introducedBy, List<FieldProblem> problems) {
        ContactChannel preferredChannel = Codes.optional(ContactChannel.class, channel, "preferredChannel",
                "keyFigure.channel.unknown", problems);
        List<RoleType> roleTypes = new ArrayList<>();
        for (String role : roles == null ? List.<String>of() : roles) {
            RoleType roleType = Codes.required(RoleType.class, role, "roleTypes", "keyFigure.roleType.unknown", problems);
            if (roleType == null) {
                break;
            }
            roleTypes.add(roleType);
        }
        UUID introducer = null;
        if (introducedBy != null && !introducedBy.isBlank()) {
            try {
                introducer = UUID.fromString(introducedBy.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("introducedBy", "keyFigure.introducedBy.unknown"));
            }
        }
        return new KeyFigureDraft(givenName, namePrefix, familyName, email, phone,
                language == null ? null : language.strip().toLowerCase(Locale.ROOT), preferredChannel, roleTypes,
                newToMunicipality, areaCodes, networkKinds, introducer);
    }

    /** The name parts checked by the text rule, with the register's own messages (the import shows them too). */
    public void checkName(List<FieldProblem> problems) {
        namePart("givenName", givenName, PersonName.MAX_PART, true, problems);
        namePart("namePrefix", namePrefix, PersonName.MAX_PREFIX, false, problems);
        namePart("familyName", familyName, PersonName.MAX_PART, true, problems);
    }

    private static void namePart(String field, String value, int max, boolean required, List<FieldProblem> problems) {
        TextRule rule = TextRule.name(max).requiredKey("keyFigure." + field + ".required")
                .tooLongKey("keyFigure." + field + ".tooLong").invalidKey("keyFigure.name.invalidCharacters");
        (required ? rule.required() : rule).check(field, value, problems);
    }
}
