package nl.sleutelnet.identity;

import java.util.EnumSet;
import java.util.UUID;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.sleutelnet.tenancy.MunicipalityId;

/** A signed-in key figure (portal account) for MockMvc tests, linked to a given key figure. */
public final class PortalUsers {

    private PortalUsers() {
    }

    public static RequestPostProcessor keyFigure(MunicipalityId municipality, UUID keyFigureId) {
        SleutelnetUser user = new SleutelnetUser(UUID.randomUUID(), AccountKind.KEY_FIGURE, municipality, null,
                "kf-" + keyFigureId + "@test", "Test key figure", EnumSet.of(Role.KEY_FIGURE), keyFigureId, true,
                false, true, null);
        return SecurityMockMvcRequestPostProcessors.authentication(TestUsers.authentication(user));
    }
}
