package nl.sleutelnet.concern;

import java.util.function.Supplier;

import org.springframework.security.core.context.SecurityContextHolder;

import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/** Calls into the concern service as a given user of a municipality, and ready-made drafts. */
final class ConcernTestSupport {

    private ConcernTestSupport() {
    }

    static SleutelnetUser handler(MunicipalityId municipality) {
        return TestUsers.user(Role.CONCERN_HANDLER, municipality);
    }

    static <T> T as(SleutelnetUser user, MunicipalityId municipality, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(TestUsers.authentication(user));
        try {
            return CurrentTenant.callAs(municipality, work);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void run(SleutelnetUser user, MunicipalityId municipality, Runnable work) {
        as(user, municipality, () -> {
            work.run();
            return null;
        });
    }

    static ConcernDraft concern(String facts) {
        return new ConcernDraft("CONCERN", "AGE_18_23", null, facts, "Hij lijkt zich af te zetten.", "OWN_OBSERVATION",
                null, null, "Hij gaat nog naar school.", "EMAIL_AND_PORTAL");
    }

    static ConcernDraft advice(String facts) {
        return new ConcernDraft("ADVICE", null, null, facts, null, null, null, null, null, "PORTAL_ONLY");
    }
}
