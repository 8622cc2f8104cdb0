package nl.sleutelnet.identity;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per typed user name, whether or not an account exists, and per source
 * address, and locks the name or the address for a while after too many. Names and addresses
 * are stored hashed; the counters live in the database, so every instance sees the same ones.
 */
@Component
public class LoginThrottle {

    /** Prefix of the counters of sign-in link requests, apart from those of failed logins. */
    private static final String LINK_REQUEST = "sign-in-link:";

    private final JdbcClient jdbc;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /** What refuses a sign-in before its password is checked: a locked address, a locked name, or nothing. */
    public enum Lock {
        NONE, ADDRESS, NAME
    }

    /** Both locks in one statement: the sign-in path asks this once per attempt. */
    @Transactional(readOnly = true)
    public Lock lockOf(String username, String address) {
        return jdbc.sql("""
                select coalesce((select locked_until > :now from login_throttle_address where address_hash = :address),
                           false) as address_locked,
                       coalesce((select locked_until > :now from login_throttle where username_hash = :name),
                           false) as name_locked""")
                .param("now", Timestamp.from(clock.instant()))
                .param("address", addressKey(address))
                .param("name", key(username))
                .query((rs, row) -> rs.getBoolean("address_locked") ? Lock.ADDRESS
                        : rs.getBoolean("name_locked") ? Lock.NAME : Lock.NONE)
                .single();
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
        countFailure("login_throttle", "username_hash", key(username), properties.maxFailedLogins());
    }

    /**
     * Counts a failure from the address within the lockout window; locks the address when its
     * limit is reached. A successful sign-in does not reset it: else one's own account would
     * reset the count between guesses at others.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAddressFailure(String address) {
        countFailure("login_throttle_address", "address_hash", addressKey(address),
                properties.maxFailedLoginsPerAddress());
    }

    /** One counter of either table (names are this class's constants, never input). */
    private void countFailure(String table, String keyColumn, String key, int max) {
        Instant now = clock.instant();
        jdbc.sql("""
                insert into %1$s as t (%2$s, failures, first_failed_at)
                values (:key, 1, :now)
                on conflict (%2$s) do update set
                    failures = case when t.first_failed_at < :windowStart then 1 else t.failures + 1 end,
                    first_failed_at = case when t.first_failed_at < :windowStart then :now else t.first_failed_at end,
                    locked_until = case
                        when t.first_failed_at >= :windowStart and t.failures + 1 >= :max then :lockedUntil
                        else t.locked_until end""".formatted(table, keyColumn))
                .param("key", key)
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(properties.lockout())))
                .param("max", max)
                .param("lockedUntil", Timestamp.from(now.plus(properties.lockout())))
                .update();
    }

    /**
     * Admits a request for a sign-in link (ADR 0032) or refuses it: every request counts, per typed
     * address and per source address, with the limits and lockout of failed logins, in counters of
     * their own (so asking for links never locks a password sign-in, nor the other way round).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean admitLinkRequest(String email, String address) {
        if (lockOf(LINK_REQUEST + email, LINK_REQUEST + address) != Lock.NONE) {
            return false;
        }
        countFailure("login_throttle", "username_hash", key(LINK_REQUEST + email), properties.maxFailedLogins());
        countFailure("login_throttle_address", "address_hash", addressKey(LINK_REQUEST + address),
                properties.maxFailedLoginsPerAddress());
        return true;
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
        jdbc.sql("delete from login_throttle_address where first_failed_at < ? and (locked_until is null or locked_until < ?)")
                .params(cutoff, Timestamp.from(clock.instant())).update();
    }

    private static String key(String username) {
        return sha256(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The address as the servlet container reports it (behind a reverse proxy: as resolved from
     * X-Forwarded-For by server.forward-headers-strategy). No address counts as one address.
     */
    static String addressKey(String address) {
        return sha256(network(address == null ? "" : address.strip().toLowerCase(Locale.ROOT)));
    }

    private static final Pattern IPV6 = Pattern.compile("[0-9a-f.]*:[0-9a-f:.]*(%[0-9a-z._-]+)?");

    /**
     * An IPv6 address counts by its /64: a subscriber is usually given a whole /64 and can take a
     * new address in it for every attempt. An IPv4 address (also one written IPv4-mapped) counts
     * as itself.
     */
    static String network(String address) {
        if (!IPV6.matcher(address).matches()) {
            return address;
        }
        String literal = address.indexOf('%') < 0 ? address : address.substring(0, address.indexOf('%'));
        try {
            InetAddress parsed = InetAddress.getByName(literal); // a literal (checked above): no lookup
            if (parsed instanceof Inet6Address) {
                return "ipv6/64 " + HexFormat.of().formatHex(Arrays.copyOf(parsed.getAddress(), 8));
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static String sha256(String normalised) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
