package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.tenancy.DemoTenants;

/** Repeated failures lock a user name, without revealing whether the account exists. */
@SleutelnetTest
class LoginLockoutTests {

    private static final String PASSWORD = "Lange-Test-Zin-2026!";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityProperties properties;

    @Autowired
    JdbcClient jdbc;

    private String newKeyFigureAccount() {
        // Key-figure accounts need no second factor, so a correct password logs straight in.
        String username = "lockout-" + UUID.randomUUID() + "@test";
        accounts.createKeyFigureAccount(DemoTenants.MAASOEVER, UUID.randomUUID(), username, "Test", PASSWORD);
        return username;
    }

    @Test
    void the_right_password_logs_in() throws Exception {
        String username = newKeyFigureAccount();
        assertThat(location(new Browserless(port).login(username, PASSWORD))).endsWith("/");
    }

    @Test
    void after_too_many_failures_even_the_right_password_is_refused_with_the_same_answer() throws Exception {
        String username = newKeyFigureAccount();
        Browserless browser = new Browserless(port);
        for (int i = 0; i < properties.maxFailedLogins(); i++) {
            assertThat(location(browser.login(username, "fout-wachtwoord-" + i))).endsWith("/inloggen?fout");
        }
        assertThat(location(new Browserless(port).login(username, PASSWORD))).endsWith("/inloggen?fout");
    }

    @Test
    void unknown_accounts_fail_and_lock_exactly_like_existing_ones() throws Exception {
        String unknown = "bestaat-niet-" + UUID.randomUUID() + "@test";
        String existing = newKeyFigureAccount();
        for (int i = 0; i <= properties.maxFailedLogins(); i++) {
            HttpResponse<String> a = new Browserless(port).login(unknown, "fout-wachtwoord");
            HttpResponse<String> b = new Browserless(port).login(existing, "fout-wachtwoord");
            assertThat(a.statusCode()).isEqualTo(b.statusCode());
            assertThat(location(a)).isEqualTo(location(b));
        }
        Browserless page = new Browserless(port);
        String failedPage = page.get("/inloggen?fout").body();
        assertThat(failedPage).contains("De gebruikersnaam of het wachtwoord klopt niet")
                .doesNotContain("bestaat niet").doesNotContain("geblokkeerd");
    }

    @Test
    void passwords_are_stored_as_argon2id_hashes() {
        String username = newKeyFigureAccount();
        String hash = jdbc.sql("select password_hash from account where username = ?").param(username)
                .query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
