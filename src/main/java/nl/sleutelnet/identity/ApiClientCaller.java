package nl.sleutelnet.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import nl.sleutelnet.audit.AuditActor;
import nl.sleutelnet.tenancy.MunicipalityId;
import nl.sleutelnet.tenancy.TenantMember;

/**
 * An API client calling {@code /api/v1} (ADR 0028): the principal of one request, never stored in a
 * session. It belongs to one municipality (the tenant of the request, so row-level security binds
 * it as it binds staff) and acts in the audit trail under its own id.
 */
public final class ApiClientCaller implements TenantMember, AuditActor {

    private final UUID clientId;
    private final MunicipalityId municipality;
    private final Set<String> scopes;

    ApiClientCaller(UUID clientId, MunicipalityId municipality, Set<String> scopes) {
        this.clientId = clientId;
        this.municipality = municipality;
        this.scopes = Set.copyOf(scopes);
    }

    public UUID clientId() {
        return clientId;
    }

    @Override
    public Optional<MunicipalityId> municipality() {
        return Optional.of(municipality);
    }

    public Set<String> scopes() {
        return scopes;
    }

    public boolean has(ApiScope scope, ApiScope.Level level) {
        return scopes.contains(scope.code(level));
    }

    @Override
    public Kind actorKind() {
        return Kind.API_CLIENT;
    }

    @Override
    public UUID actorId() {
        return clientId;
    }

    List<GrantedAuthority> authorities() {
        return scopes.stream().sorted().<GrantedAuthority>map(s -> new SimpleGrantedAuthority(ApiScope.AUTHORITY_PREFIX + s))
                .toList();
    }

    @Override
    public String toString() {
        return "ApiClientCaller[" + clientId + "]";
    }

    /** The authentication of a request by an API client. */
    static final class Token extends AbstractAuthenticationToken {

        private final ApiClientCaller caller;

        Token(ApiClientCaller caller) {
            super(caller.authorities());
            this.caller = caller;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public ApiClientCaller getPrincipal() {
            return caller;
        }
    }
}
