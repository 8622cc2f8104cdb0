package nl.sleutelnet.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The municipality whose data the current thread works on: the signed-in user's, or the
 * one a background job or seeder explicitly runs as. Every connection handed out by the
 * application's data source is bound to it for row-level security.
 */
public final class CurrentTenant {

    private static final ThreadLocal<MunicipalityId> RUN_AS = new ThreadLocal<>();

    private CurrentTenant() {
    }

    public static Optional<MunicipalityId> municipality() {
        MunicipalityId explicit = RUN_AS.get();
        if (explicit != null) {
            return Optional.of(explicit);
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantMember member) {
            return member.municipality();
        }
        return Optional.empty();
    }

    /** The current municipality; a user without one (a regional analyst) is refused. */
    public static MunicipalityId require() {
        return municipality().orElseThrow(() -> new IllegalStateException("no municipality in this context"));
    }

    /** Runs work as the given municipality, e.g. for a scheduled job or demo data. */
    public static <T> T callAs(MunicipalityId municipality, Supplier<T> work) {
        MunicipalityId previous = RUN_AS.get();
        RUN_AS.set(municipality);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                RUN_AS.remove();
            } else {
                RUN_AS.set(previous);
            }
        }
    }

    public static void runAs(MunicipalityId municipality, Runnable work) {
        callAs(municipality, () -> {
            work.run();
            return null;
        });
    }
}
