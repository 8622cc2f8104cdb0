package nl.sleutelnet.identity;

import java.util.function.Predicate;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Password login with lockout per user name and per source address. Every failure, also for a
 * locked or unknown name or a locked address, ends in the same {@link BadCredentialsException},
 * so the answer never reveals whether an account exists or is locked. From a locked address no
 * password is checked and no name's count grows, so an address cannot lock names any further.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final int MAX_INPUT = 256;

    private final DaoAuthenticationProvider passwords;
    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final AuditTrail audit;

    private final Predicate<MunicipalityId> passwordLoginAllowed;

    ThrottledAuthenticationProvider(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle, AuditTrail audit) {
        this(accounts, encoder, throttle, audit, municipality -> true);
    }

    ThrottledAuthenticationProvider(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle, AuditTrail audit,
            Predicate<MunicipalityId> passwordLoginAllowed) {
        this.passwordLoginAllowed = passwordLoginAllowed;
        // An account without a password (waiting for its set-up link) signs in like an unknown name.
        this.passwords = new DaoAuthenticationProvider(username -> accounts.findByUsername(username)
                .filter(user -> user.getPassword() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown")));
        this.passwords.setPasswordEncoder(encoder);
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName().strip();
        Object credentials = authentication.getCredentials();
        // A control character (e.g. NUL, which PostgreSQL refuses) is never part of a user name.
        if (username.isEmpty() || username.length() > MAX_INPUT || username.chars().anyMatch(Character::isISOControl)
                || !(credentials instanceof String password)
                || password.isEmpty() || password.length() > MAX_INPUT) {
            throw new BadCredentialsException("bad credentials");
        }
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        LoginThrottle.Lock lock = throttle.lockOf(username, address);
        if (lock != LoginThrottle.Lock.NONE) {
            if (lock == LoginThrottle.Lock.NAME) {
                throttle.recordAddressFailure(address);
            }
            fail(username);
            throw new BadCredentialsException("bad credentials");
        }
        try {
            Authentication result = passwords.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            throttle.reset(username);
            if (result.getPrincipal() instanceof SleutelnetUser user && user.kind() == AccountKind.STAFF
                    && user.municipality().filter(m -> !passwordLoginAllowed.test(m)).isPresent()) {
                fail(username);
                throw new PasswordLoginDisabledException();
            }
            return result;
        } catch (PasswordLoginDisabledException e) {
            throw e;
        } catch (AuthenticationException e) {
            throttle.recordFailure(username);
            throttle.recordAddressFailure(address);
            fail(username);
            throw new BadCredentialsException("bad credentials");
        }
    }

    private void fail(String username) {
        var target = accounts.findByUsername(username);
        audit.record(AuditAction.LOGIN_FAILED, AuditOutcome.FAILURE, "account",
                target.map(SleutelnetUser::accountId).orElse(null), null,
                target.flatMap(SleutelnetUser::municipality).orElse(null));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
