package nl.sleutelnet.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * A municipality's own OpenID Connect provider as its administrator set it up (ADR 0029). The
 * client secret itself never leaves {@link IdentityProviders}: this says only whether one is stored.
 *
 * @param providerMfaCounts whether a token whose {@code amr} or {@code acr} holds one of
 *        {@code mfaValues} replaces Sleutelnet's own second factor (default: it does not)
 * @param matchByEmail whether an account of the municipality not yet linked is found by its
 *        e-mail address (its user name) at its first sign-in
 * @param groupRoles per value of the group claim, the roles it gives (empty: roles stay as they are)
 */
public record IdentityProviderSettings(MunicipalityId municipality, String issuer, String clientId,
        boolean secretStored, boolean providerMfaCounts, List<String> mfaValues, boolean matchByEmail,
        boolean passwordLogin, String groupClaim, Map<String, Set<Role>> groupRoles) {

    public IdentityProviderSettings {
        mfaValues = List.copyOf(mfaValues);
        groupRoles = Map.copyOf(groupRoles);
    }

    /** The roles a group mapping can give: never the administrator's, never a key figure's. */
    public static final Set<Role> MAPPABLE_ROLES = Set.of(Role.COORDINATOR, Role.CONCERN_HANDLER, Role.PARTNER,
            Role.RESEARCHER, Role.PRIVACY_OFFICER);
}
