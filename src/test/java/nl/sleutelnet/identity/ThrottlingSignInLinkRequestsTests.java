package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * Requests for sign-in links count per source address as well as per typed address, in counters of
 * their own (ADR 0032): asking for links never locks anyone's password sign-in. The shared test
 * context lifts the per-address limit, so these tests use the real counters with limits of their own.
 * Staff accounts never get a link.
 */
@SleutelnetTest
class ThrottlingSignInLinkRequestsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    EmailSignIn emailSignIn;

    LoginThrottle throttle(int perName, int perAddress) {
        return new LoginThrottle(jdbc, new SecurityProperties(null, null, perName, Duration.ofMinutes(15), perAddress));
    }

    static String address() {
        return "10.99." + (int) (Math.random() * 255) + "." + (int) (1 + Math.random() * 250) + "-" + UUID.randomUUID();
    }

    @Test
    void after_the_limit_per_source_address_every_address_asked_from_there_is_refused() {
        LoginThrottle throttle = throttle(100, 3);
        String source = address();
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.admitLinkRequest("iemand-" + i + "@voorbeeld.test", source)).isTrue();
        }
        assertThat(throttle.admitLinkRequest("nog-iemand@voorbeeld.test", source)).isFalse();
        assertThat(throttle.admitLinkRequest("nog-iemand@voorbeeld.test", address())).as("another source").isTrue();
    }

    @Test
    void after_the_limit_per_typed_address_that_address_is_refused_from_everywhere() {
        LoginThrottle throttle = throttle(2, 100);
        String typed = "iemand-" + UUID.randomUUID() + "@voorbeeld.test";
        assertThat(throttle.admitLinkRequest(typed, address())).isTrue();
        assertThat(throttle.admitLinkRequest(typed.toUpperCase(), address())).isTrue();
        assertThat(throttle.admitLinkRequest(typed, address())).isFalse();
        assertThat(throttle.admitLinkRequest("ander-" + typed, address())).isTrue();
    }

    @Test
    void link_requests_never_lock_a_password_sign_in_and_failed_logins_never_block_link_requests() {
        LoginThrottle throttle = throttle(2, 2);
        String name = "iemand-" + UUID.randomUUID() + "@voorbeeld.test";
        String source = address();
        throttle.admitLinkRequest(name, source);
        throttle.admitLinkRequest(name, source);
        assertThat(throttle.admitLinkRequest(name, source)).isFalse();
        assertThat(throttle.lockOf(name, source)).isEqualTo(LoginThrottle.Lock.NONE);

        String other = "ander-" + UUID.randomUUID() + "@voorbeeld.test";
        String otherSource = address();
        throttle.recordFailure(other);
        throttle.recordFailure(other);
        throttle.recordAddressFailure(otherSource);
        throttle.recordAddressFailure(otherSource);
        assertThat(throttle.lockOf(other, otherSource)).isNotEqualTo(LoginThrottle.Lock.NONE);
        assertThat(throttle.admitLinkRequest(other, otherSource)).isTrue();
    }

    @Test
    void a_staff_account_never_gets_a_link_and_a_malformed_browser_value_none_either() {
        UUID staff = accounts.createStaff(DemoTenants.MAASOEVER, "linkloos-" + UUID.randomUUID() + "@test",
                "Linkloos Test", "Lange-Test-Zin-2026!", EnumSet.of(Role.COORDINATOR));
        assertThat(emailSignIn.issue(staff, emailSignIn.newBrowserValue())).isEmpty();
        UUID keyFigureAccount = jdbc.sql("select id from account where kind = 'KEY_FIGURE' and active limit 1")
                .query(UUID.class).single();
        assertThat(emailSignIn.issue(keyFigureAccount, "kort")).isEmpty();
        assertThat(jdbc.sql("select count(*) from sign_in_link where account_id in (?, ?)")
                .params(staff, keyFigureAccount).query(Long.class).single()).isZero();
    }
}
