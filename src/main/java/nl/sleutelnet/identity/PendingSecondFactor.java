package nl.sleutelnet.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The principal between password and second factor. Deliberately not a tenant member or
 * audit actor: it may reach only the second-factor pages and logout.
 */
public record PendingSecondFactor(SleutelnetUser user) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String AUTHORITY = "SECOND_FACTOR_PENDING";

    public Authentication token() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null, List.of(new SimpleGrantedAuthority(AUTHORITY)));
    }

    /**
     * Also the principal name under which Spring Session indexes a session halfway through login
     * (the token's name is this record's {@code toString()}); {@link AccountService} ends such
     * sessions by it.
     */
    static String principalName(SleutelnetUser user) {
        return "PendingSecondFactor[" + user.accountId() + "]";
    }

    @Override
    public String toString() {
        return principalName(user);
    }
}
