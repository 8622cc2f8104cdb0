package nl.sleutelnet.network;

import java.util.List;
import java.util.UUID;

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
}
