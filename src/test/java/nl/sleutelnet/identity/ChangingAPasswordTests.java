package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * Changing one's own password over real HTTP: it ends the account's other sessions and keeps
 * this one; refused input answers 400 with the form and the reason.
 */
@SleutelnetTest
class ChangingAPasswordTests {

    private static final String PASSWORD = "Lange-Test-Zin-2026!";
    private static final String NEW_PASSWORD = "paarse olifant fietst langs de Waal";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accountRows;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    /** Key-figure accounts need no second factor, so a correct password signs straight in. */
    private String newAccount() {
        String username = "wachtwoord-" + UUID.randomUUID() + "@test";
        accounts.createKeyFigureAccount(DemoTenants.MAASOEVER, UUID.randomUUID(), username, "Test", PASSWORD);
        return username;
    }

    private Browserless signedIn(String username) throws Exception {
        Browserless browser = new Browserless(port);
        HttpResponse<String> login = browser.login(username, PASSWORD);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(browser.get("/account/wachtwoord").statusCode()).as("signed in").isEqualTo(200);
        return browser;
    }

    private static HttpResponse<String> change(Browserless browser, String current, String proposed, String repeated)
            throws Exception {
        String token = browser.csrf("/account/wachtwoord");
        return browser.post("/account/wachtwoord",
                Map.of("huidig", current, "nieuw", proposed, "herhaling", repeated, "_csrf", token));
    }

    @Test
    void a_changed_password_signs_out_the_other_sessions_of_the_account_and_keeps_this_one() throws Exception {
        String username = newAccount();
        Browserless here = signedIn(username);
        Browserless elsewhere = signedIn(username);
        Browserless otherAccount = signedIn(newAccount());
        String sessionBefore = here.session();

        HttpResponse<String> changed = change(here, PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));

        HttpResponse<String> next = elsewhere.get("/account/wachtwoord");
        assertThat(next.statusCode()).as("the other session is signed out").isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/inloggen"));

        assertThat(here.get("/account/wachtwoord").statusCode()).as("this session stays signed in").isEqualTo(200);
        assertThat(here.session()).as("under a new session id").isNotEqualTo(sessionBefore);
        assertThat(otherAccount.get("/account/wachtwoord").statusCode()).as("another account is left alone")
                .isEqualTo(200);

        UUID account = jdbc.sql("select id from account where username = ?").param(username).query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SESSIONS_ENDED' and record_id = ?")
                .param(account).query(Integer.class).single()).isEqualTo(1);

        Browserless again = new Browserless(port);
        assertThat(again.login(username, NEW_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    }

    @Test
    void a_session_halfway_through_login_ends_too() throws Exception {
        String username = newAccount();
        String pending = halfwayThroughLogin(sessions, accountRows.findByUsername(username).orElseThrow());
        assertThat(sessions.findById(pending)).isNotNull();

        assertThat(change(signedIn(username), PASSWORD, NEW_PASSWORD, NEW_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(sessions.findById(pending)).isNull();
    }

    /** A stored session whose principal is between password and second factor, as SignIn leaves it. */
    private static <S extends Session> String halfwayThroughLogin(FindByIndexNameSessionRepository<S> repository,
            SleutelnetUser user) {
        S session = repository.createSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(new PendingSecondFactor(user).token()));
        repository.save(session);
        assertThat(repository.findByPrincipalName(PendingSecondFactor.principalName(user))).containsKey(session.getId());
        return session.getId();
    }

    @Test
    void a_password_of_only_spaces_is_refused_with_400_and_the_reason() throws Exception {
        Browserless browser = signedIn(newAccount());
        for (String blank : new String[] { " ".repeat(16), "\t \u00a0".repeat(6) }) {
            HttpResponse<String> refused = change(browser, PASSWORD, blank, blank);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("Het nieuwe wachtwoord bestaat alleen uit spaties.")
                    .contains("name=\"nieuw\"");
        }
    }

    @Test
    void the_current_password_as_the_new_one_is_refused_with_400_and_the_reason() throws Exception {
        Browserless browser = signedIn(newAccount());
        HttpResponse<String> refused = change(browser, PASSWORD, PASSWORD, PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Het nieuwe wachtwoord is hetzelfde als het huidige.");
    }

    @Test
    void a_wrong_current_password_or_two_different_new_ones_are_refused_with_400() throws Exception {
        String username = newAccount();
        Browserless browser = signedIn(username);
        Browserless elsewhere = signedIn(username);

        HttpResponse<String> wrong = change(browser, "niet-het-wachtwoord", NEW_PASSWORD, NEW_PASSWORD);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("Het huidige wachtwoord klopt niet.");

        HttpResponse<String> mismatch = change(browser, PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("De twee nieuwe wachtwoorden zijn niet gelijk.");

        HttpResponse<String> tooShort = change(browser, PASSWORD, "kort", "kort");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("Het nieuwe wachtwoord is korter dan 12 tekens.");

        assertThat(elsewhere.get("/account/wachtwoord").statusCode()).as("a refused change ends no session")
                .isEqualTo(200);
        assertThat(new Browserless(port).login(username, PASSWORD).headers().firstValue("Location"))
                .as("the password is unchanged").hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    }
}
