package nl.sleutelnet.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Session time-outs and the lockout after repeated failed logins: of a user name after
 * {@code maxFailedLogins}, of a source address after {@code maxFailedLoginsPerAddress}, each
 * within and for {@code lockout}.
 */
@ConfigurationProperties("sleutelnet.security")
public record SecurityProperties(Duration sessionIdleTimeout, Duration sessionAbsoluteTimeout, int maxFailedLogins,
        Duration lockout, int maxFailedLoginsPerAddress) {

    /** The session attribute holding the moment of sign-in, from which the absolute time-out counts. */
    public static final String SIGNED_IN_AT = "sleutelnet.signedInAt";

    public SecurityProperties {
        if (sessionIdleTimeout == null) {
            sessionIdleTimeout = Duration.ofMinutes(30);
        }
        if (sessionAbsoluteTimeout == null) {
            sessionAbsoluteTimeout = Duration.ofHours(10);
        }
        if (maxFailedLogins < 1) {
            maxFailedLogins = 5;
        }
        if (lockout == null) {
            lockout = Duration.ofMinutes(15);
        }
        if (maxFailedLoginsPerAddress < 1) {
            maxFailedLoginsPerAddress = 20;
        }
    }
}
