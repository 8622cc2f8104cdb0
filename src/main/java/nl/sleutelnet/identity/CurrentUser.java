package nl.sleutelnet.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user of the current request, next to {@code tenancy.CurrentTenant}: the one
 * place outside the security set-up that reads the security context (ADR 0016).
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The signed-in user; empty for an anonymous request or a background job. */
    public static Optional<SleutelnetUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SleutelnetUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** The signed-in user; where there must be one, its absence is a programming error. */
    public static SleutelnetUser require() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    /** The signed-in account. */
    public static AccountId account() {
        return new AccountId(require().accountId());
    }

    /** The signed-in account's id as the SQL takes it, or null when nobody is signed in (a job, the seeder). */
    public static UUID accountIdOrNull() {
        return get().map(SleutelnetUser::accountId).orElse(null);
    }

    /**
     * Whether the request is authenticated with this role among its authorities (so not while
     * the second factor is still pending, whatever roles the account has).
     */
    public static boolean hasRole(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

    /** The API client calling the API in this request (ADR 0028); empty for a person or a job. */
    public static Optional<ApiClientCaller> apiClient() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ApiClientCaller caller
                ? Optional.of(caller) : Optional.empty();
    }

    /**
     * Who acts, as a record's "created by" takes it: the signed-in account, or the API client calling
     * the API (its client id). Where there must be one, its absence is a programming error.
     */
    public static UUID actingId() {
        return get().map(SleutelnetUser::accountId)
                .or(() -> apiClient().map(ApiClientCaller::clientId))
                .orElseThrow(() -> new IllegalStateException("no signed-in user or API client"));
    }
}
