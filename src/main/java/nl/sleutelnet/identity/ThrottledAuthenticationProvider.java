package nl.sleutelnet.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;

/**
 * Password login with lockout. Every failure, also for a locked or unknown name, ends in
 * the same {@link BadCredentialsException}, so the answer never reveals whether an account
 * exists or is locked.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final int MAX_INPUT = 256;

    private final DaoAuthenticationProvider passwords;
    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final AuditTrail audit;

    ThrottledAuthenticationProvider(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle, AuditTrail audit) {
        this.passwords = new DaoAuthenticationProvider(username -> accounts.findByUsername(username)
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
        if (throttle.isLocked(username)) {
            fail(username);
            throw new BadCredentialsException("bad credentials");
        }
        try {
            Authentication result = passwords.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            throttle.reset(username);
            return result;
        } catch (AuthenticationException e) {
            throttle.recordFailure(username);
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
