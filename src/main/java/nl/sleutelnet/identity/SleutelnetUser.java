package nl.sleutelnet.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import nl.sleutelnet.audit.AuditActor;
import nl.sleutelnet.tenancy.MunicipalityId;
import nl.sleutelnet.tenancy.RegionId;
import nl.sleutelnet.tenancy.TenantMember;

/**
 * The signed-in account, kept in the (database-backed) session. Holds no content beyond
 * ids, name and roles; the password hash is erased after authentication.
 */
public final class SleutelnetUser implements UserDetails, CredentialsContainer, TenantMember, AuditActor, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final AccountKind kind;
    private final MunicipalityId municipalityId;
    private final RegionId regionId;
    private final String username;
    private final String displayName;
    private final EnumSet<Role> roles;
    private final UUID keyFigureId;
    private final boolean secondFactorEnrolled;
    private final boolean secondFactorExempt;
    private final boolean active;
    private String passwordHash;

    SleutelnetUser(UUID accountId, AccountKind kind, MunicipalityId municipalityId, RegionId regionId, String username,
            String displayName, Set<Role> roles, UUID keyFigureId, boolean secondFactorEnrolled,
            boolean secondFactorExempt, boolean active, String passwordHash) {
        this.accountId = accountId;
        this.kind = kind;
        this.municipalityId = municipalityId;
        this.regionId = regionId;
        this.username = username;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.keyFigureId = keyFigureId;
        this.secondFactorEnrolled = secondFactorEnrolled;
        this.secondFactorExempt = secondFactorExempt;
        this.active = active;
        this.passwordHash = passwordHash;
    }

    public UUID accountId() {
        return accountId;
    }

    public AccountKind kind() {
        return kind;
    }

    @Override
    public Optional<MunicipalityId> municipality() {
        return Optional.ofNullable(municipalityId);
    }

    public Optional<RegionId> region() {
        return Optional.ofNullable(regionId);
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Optional<UUID> keyFigureId() {
        return Optional.ofNullable(keyFigureId);
    }

    public boolean secondFactorEnrolled() {
        return secondFactorEnrolled;
    }

    boolean secondFactorExempt() {
        return secondFactorExempt;
    }

    public SleutelnetUser withSecondFactorEnrolled() {
        return new SleutelnetUser(accountId, kind, municipalityId, regionId, username, displayName, roles, keyFigureId,
                true, secondFactorExempt, active, null);
    }

    /** Authorities after full login: one per role. */
    public List<GrantedAuthority> roleAuthorities() {
        return roles.stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roleAuthorities();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public Kind actorKind() {
        return kind == AccountKind.STAFF ? Kind.STAFF : Kind.KEY_FIGURE;
    }

    @Override
    public UUID actorId() {
        return accountId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SleutelnetUser u && u.accountId.equals(accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return "SleutelnetUser[" + accountId + "]";
    }
}
