package nl.sleutelnet.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per typed user name, whether or not an account exists, and locks
 * the name for a while after too many. Names are stored hashed.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return jdbc.sql("select locked_until > ? from login_throttle where username_hash = ?")
                .params(Timestamp.from(clock.instant()), key(username))
                .query(Boolean.class).optional().orElse(false);
    }

    /** Counts a failure within the lockout window; locks the name when the limit is reached. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username) {
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(properties.lockout()));
        jdbc.sql("""
                insert into login_throttle as t (username_hash, failures, first_failed_at)
                values (:key, 1, :now)
                on conflict (username_hash) do update set
                    failures = case when t.first_failed_at < :windowStart then 1 else t.failures + 1 end,
                    first_failed_at = case when t.first_failed_at < :windowStart then :now else t.first_failed_at end,
                    locked_until = case
                        when t.first_failed_at >= :windowStart and t.failures + 1 >= :max then :lockedUntil
                        else t.locked_until end""")
                .param("key", key(username))
                .param("now", Timestamp.from(now))
                .param("windowStart", windowStart)
                .param("max", properties.maxFailedLogins())
                .param("lockedUntil", Timestamp.from(now.plus(properties.lockout())))
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reset(String username) {
        jdbc.sql("delete from login_throttle where username_hash = ?").param(key(username)).update();
    }

    /** Failures older than the lockout period no longer count; their rows are removed. */
    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    @Transactional
    void forgetExpiredFailures() {
        Timestamp cutoff = Timestamp.from(clock.instant().minus(properties.lockout()));
        jdbc.sql("delete from login_throttle where first_failed_at < ? and (locked_until is null or locked_until < ?)")
                .params(cutoff, Timestamp.from(clock.instant())).update();
    }

    private static String key(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
