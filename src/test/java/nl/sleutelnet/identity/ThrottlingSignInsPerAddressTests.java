package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.HostileInput;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * Failed sign-ins count per source address too (ADR 0003, update 2026-12-02): after the limit,
 * every attempt from that address is refused with the ordinary answer, without locking the names
 * tried from it. The shared test context sets a limit no suite reaches from localhost; these tests
 * use the real counters in the database with a limit of {@value #LIMIT}.
 */
@SleutelnetTest
class ThrottlingSignInsPerAddressTests {

    private static final int LIMIT = 3;
    private static final String PASSWORD = "Lange-Test-Zin-2026!";

    @Autowired
    AccountService accountService;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityProperties properties;

    private LoginThrottle throttle() {
        return new LoginThrottle(jdbc, new SecurityProperties(null, null, properties.maxFailedLogins(),
                Duration.ofMinutes(15), LIMIT));
    }

    private ThrottledAuthenticationProvider provider(LoginThrottle throttle) {
        return new ThrottledAuthenticationProvider(accounts, encoder, throttle, audit);
    }

    /**
     * The counters live in the database the whole suite shares: a locked address (the hostile
     * samples include blank ones, which count as "no address", as a sign-in without request
     * details has) would refuse the other tests' sign-ins for the lockout period.
     */
    @AfterEach
    void forgetTheAddresses() {
        jdbc.sql("delete from login_throttle_address").update();
    }

    private static String newAddress() {
        UUID random = UUID.randomUUID();
        // Another /64 each time (an IPv6 address counts by its /64).
        return "2001:db8:" + Long.toHexString(random.getMostSignificantBits() & 0xffff) + ":"
                + Long.toHexString((random.getMostSignificantBits() >>> 16) & 0xffff) + "::"
                + Long.toHexString(random.getLeastSignificantBits() & 0xffff);
    }

    private String newAccount() {
        String username = "per-adres-" + UUID.randomUUID() + "@test";
        accountService.createKeyFigureAccount(DemoTenants.MAASOEVER, UUID.randomUUID(), username, "Test", PASSWORD);
        return username;
    }

    private static boolean signsIn(ThrottledAuthenticationProvider provider, String username, String password,
            String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        try {
            return provider.authenticate(token).isAuthenticated();
        } catch (BadCredentialsException e) {
            return false;
        }
    }

    /** Failures from the address, each for another unknown name, so that no name reaches its own limit. */
    private static void fail(ThrottledAuthenticationProvider provider, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(signsIn(provider, "onbekend-" + UUID.randomUUID() + "@test", "fout-wachtwoord", address)).isFalse();
        }
    }

    @Test
    void after_the_limit_from_one_address_even_the_right_password_is_refused_there_and_only_there() {
        LoginThrottle throttle = throttle();
        var provider = provider(throttle);
        String address = newAddress();
        String username = newAccount();
        fail(provider, address, LIMIT - 1);
        assertThat(signsIn(provider, username, PASSWORD, address)).as("below the limit").isTrue();
        fail(provider, address, 1);

        assertThat(throttle.lockOf(username, address)).isEqualTo(LoginThrottle.Lock.ADDRESS);
        assertThat(signsIn(provider, username, PASSWORD, address)).as("from the locked address").isFalse();
        assertThat(signsIn(provider, username, PASSWORD, newAddress())).as("from another address").isTrue();
    }

    @Test
    void attempts_from_a_locked_address_lock_no_user_name() {
        LoginThrottle throttle = throttle();
        var provider = provider(throttle);
        String address = newAddress();
        String username = newAccount();
        fail(provider, address, LIMIT);
        for (int i = 0; i <= properties.maxFailedLogins(); i++) {
            assertThat(signsIn(provider, username, "fout-wachtwoord-" + i, address)).isFalse();
        }
        assertThat(throttle.isLocked(username)).isFalse();
        assertThat(signsIn(provider, username, PASSWORD, newAddress())).isTrue();
    }

    @Test
    void other_addresses_keep_their_own_count() {
        var provider = provider(throttle());
        String locked = newAddress();
        String other = newAddress();
        String username = newAccount();
        fail(provider, locked, LIMIT);
        fail(provider, other, LIMIT - 1);
        assertThat(signsIn(provider, username, PASSWORD, other)).isTrue();
    }

    @Test
    void a_success_resets_no_address_count_not_even_its_own() {
        LoginThrottle throttle = throttle();
        var provider = provider(throttle);
        String address = newAddress();
        String username = newAccount();
        fail(provider, address, LIMIT - 1);
        assertThat(signsIn(provider, username, PASSWORD, newAddress())).isTrue();
        assertThat(signsIn(provider, username, PASSWORD, address)).isTrue();
        fail(provider, address, 1);
        assertThat(throttle.lockOf(username, address)).isEqualTo(LoginThrottle.Lock.ADDRESS);
    }

    @Test
    void a_locked_user_name_still_counts_against_the_address() {
        LoginThrottle throttle = throttle();
        var provider = provider(throttle);
        String address = newAddress();
        String username = newAccount();
        for (int i = 0; i < properties.maxFailedLogins(); i++) {
            assertThat(signsIn(provider, username, "fout-wachtwoord-" + i, newAddress())).isFalse();
        }
        assertThat(throttle.lockOf(username, address)).isEqualTo(LoginThrottle.Lock.NAME);
        for (int i = 0; i < LIMIT; i++) {
            assertThat(signsIn(provider, username, PASSWORD, address)).isFalse();
        }
        assertThat(throttle.lockOf("iemand-anders@test", address)).isEqualTo(LoginThrottle.Lock.ADDRESS);
    }

    /** Over HTTP, the application's own wiring: the container's address, the ordinary answer. */
    @Test
    void the_login_form_counts_and_refuses_by_the_address_the_container_reports() throws Exception {
        String username = newAccount();
        String address = newAddress();
        MockHttpServletResponse failed = login(username, "fout-wachtwoord", address);
        assertThat(failed.getRedirectedUrl()).isEqualTo("/inloggen?fout");
        assertThat(jdbc.sql("select failures from login_throttle_address where address_hash = ?")
                .param(LoginThrottle.addressKey(address)).query(Integer.class).single()).isEqualTo(1);

        String locked = newAddress();
        LoginThrottle throttle = throttle();
        for (int i = 0; i < LIMIT; i++) {
            throttle.recordAddressFailure(locked);
        }
        assertThat(login(username, PASSWORD, locked).getRedirectedUrl()).as("the same answer as a wrong password")
                .isEqualTo(failed.getRedirectedUrl());
        assertThat(login(username, PASSWORD, newAddress()).getRedirectedUrl()).isEqualTo("/");
    }

    @TestFactory
    Stream<DynamicTest> hostile_addresses_are_counted_and_refused_like_any_other() {
        HostileInput input = HostileInput.forTest("login throttle, hostile source address");
        LoginThrottle throttle = throttle();
        var provider = provider(throttle);
        String username = newAccount();
        return input.tests(input.samples(15), address -> {
            // One failure through the login, the rest straight to the counter (each login costs an Argon2 hash).
            fail(provider, address, 1);
            for (int i = 1; i < LIMIT; i++) {
                throttle.recordAddressFailure(address);
            }
            assertThat(throttle.lockOf(username, address)).isEqualTo(LoginThrottle.Lock.ADDRESS);
            assertThat(signsIn(provider, username, PASSWORD, address)).isFalse();
            assertThat(throttle.lockOf(username, newAddress())).isEqualTo(LoginThrottle.Lock.NONE);
        });
    }

    @Test
    void new_addresses_within_one_ipv6_64_count_as_one_address() {
        LoginThrottle throttle = throttle();
        var provider = provider(throttle);
        String fresh = newAddress();
        String network = fresh.substring(0, fresh.indexOf("::")) + ":"; // 2001:db8:x:y:
        for (int i = 1; i <= LIMIT; i++) {
            fail(provider, network + Integer.toHexString(i) + ":0:0:" + Integer.toHexString(i * 7), 1);
        }
        String username = newAccount();
        assertThat(throttle.lockOf(username, network + "ffff:1:2:3")).as("a fresh address of the same /64")
                .isEqualTo(LoginThrottle.Lock.ADDRESS);
        assertThat(signsIn(provider, username, PASSWORD, newAddress())).as("from another /64").isTrue();

        assertThat(LoginThrottle.network("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(LoginThrottle.network("::ffff:192.0.2.7")).as("IPv4-mapped").isEqualTo("192.0.2.7");
        assertThat(LoginThrottle.network("2001:db8:1:2::5")).isEqualTo(LoginThrottle.network("2001:0db8:0001:0002:ffff::9%eth0"))
                .isNotEqualTo(LoginThrottle.network("2001:db8:1:3::5"));
        assertThat(LoginThrottle.network("localhost")).as("never looked up").isEqualTo("localhost");
    }

    @Test
    void an_attempt_without_an_address_is_refused_like_any_other() {
        LoginThrottle throttle = throttle();
        assertThatThrownBy(() -> provider(throttle).authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("iemand@test", "fout-wachtwoord")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(LoginThrottle.addressKey(null)).isEqualTo(LoginThrottle.addressKey(" "));
    }

    @Test
    void the_default_limit_is_twenty_per_lockout_period() {
        SecurityProperties defaults = new SecurityProperties(null, null, 0, null, 0);
        assertThat(defaults.maxFailedLoginsPerAddress()).isEqualTo(20);
        assertThat(defaults.lockout()).isEqualTo(Duration.ofMinutes(15));
    }

    private MockHttpServletResponse login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/inloggen").with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("gebruikersnaam", username).param("wachtwoord", password)).andReturn().getResponse();
    }
}
