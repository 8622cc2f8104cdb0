package nl.sleutelnet.identity;

import java.util.EnumSet;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/** Signed-in principals for MockMvc tests, without going through login. */
public final class TestUsers {

    private TestUsers() {
    }

    /** A fully signed-in user with one role in the given municipality (analysts: in the demo region). */
    public static SleutelnetUser user(Role role, MunicipalityId municipality) {
        boolean analyst = role == Role.ANALYST;
        // The platform administrator belongs to no municipality and no region.
        boolean platform = role == Role.PLATFORM_ADMINISTRATOR;
        return new SleutelnetUser(UUID.randomUUID(), role == Role.KEY_FIGURE ? AccountKind.KEY_FIGURE : AccountKind.STAFF,
                analyst || platform ? null : municipality, analyst ? DemoTenants.REGION : null, role.name().toLowerCase() + "@test",
                "Test " + role.name(), EnumSet.of(role), role == Role.KEY_FIGURE ? UUID.randomUUID() : null, true, false,
                true, null);
    }

    public static Authentication authentication(SleutelnetUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.roleAuthorities());
    }

    /** MockMvc post-processor: the request runs as this user. */
    public static RequestPostProcessor as(Role role, MunicipalityId municipality) {
        return SecurityMockMvcRequestPostProcessors.authentication(authentication(user(role, municipality)));
    }

    /** MockMvc post-processor: the request runs halfway through login (password done, second factor not). */
    public static RequestPostProcessor pendingSecondFactor(Role role, MunicipalityId municipality) {
        return SecurityMockMvcRequestPostProcessors.authentication(new PendingSecondFactor(user(role, municipality)).token());
    }
}
