package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import nl.sleutelnet.HostileInput;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * An account made for someone, and its single-use set-up link, over real HTTP: the link sets the
 * password once and leads into enrolling the second factor before any content; an unknown,
 * forged, used, revoked or expired link all get the same page; hostile input is refused, never
 * answered with a server error.
 */
@SleutelnetTest
class SettingUpAnAccountTests {

    private static final String PASSWORD = "paarse olifant fietst langs de Maas";
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7]+)<");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern H1 = Pattern.compile("<h1[^>]*>([^<]*)</h1>");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountSetupLinks links;

    @Autowired
    JdbcClient jdbc;

    private record NewAccount(UUID id, String username) {
    }

    private NewAccount newAccount() {
        String username = "instellen-" + UUID.randomUUID() + "@test";
        UUID id = accounts.createStaffAwaitingSetup(DemoTenants.MAASOEVER, username, "Ilse Instel",
                EnumSet.of(Role.COORDINATOR));
        return new NewAccount(id, username);
    }

    private static HttpResponse<String> setPassword(Browserless browser, String path, String password, String repeated)
            throws Exception {
        String csrf = browser.csrf(path);
        return browser.post(path, Map.of("wachtwoord", password, "herhaling", repeated, "_csrf", csrf));
    }

    /** The CSRF token of the form on a page already fetched (fetching the enrolment again would change its secret). */
    private static String csrfOf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("CSRF token on the page").isTrue();
        return m.group(1);
    }

    /** A page without its per-session CSRF token. */
    private static String withoutCsrf(String body) {
        return body.replaceAll("content=\"[A-Za-z0-9_-]{40,}\"", "").replaceAll("value=\"[A-Za-z0-9_-]{40,}\"", "");
    }

    private static String heading(HttpResponse<String> response) {
        Matcher m = H1.matcher(response.body());
        return m.find() ? m.group(1).strip() : "";
    }

    @Test
    void the_link_sets_the_password_once_and_the_second_factor_comes_before_any_content() throws Exception {
        NewAccount account = newAccount();
        Browserless browser = new Browserless(port);
        assertThat(browser.login(account.username(), "anything-at-all-1234").headers().firstValue("Location"))
                .as("no password yet: no password sign-in").hasValueSatisfying(l -> assertThat(l).contains("fout"));
        assertThat(links.pending(account.id())).isFalse();

        AccountSetupLinks.IssuedLink link = links.issue(account.id());
        assertThat(links.pending(account.id())).isTrue();
        assertThat(link.path()).startsWith(AccountSetupLinks.PATH);
        assertThat(jdbc.sql("select count(*) from account_setup_link where token_hash like ?")
                .param("%" + link.path().substring(AccountSetupLinks.PATH.length()) + "%").query(Long.class).single())
                .as("the token itself is not stored").isZero();

        Browserless person = new Browserless(port);
        HttpResponse<String> page = person.get(link.path());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ilse Instel").contains(account.username());

        HttpResponse<String> set = setPassword(person, link.path(), PASSWORD, PASSWORD);
        assertThat(set.statusCode()).isEqualTo(302);
        assertThat(set.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/tweede-factor/instellen"));
        assertThat(links.pending(account.id())).isFalse();

        // Halfway: content and the start page send back to enrolment.
        HttpResponse<String> start = person.get("/start");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/tweede-factor"));
        assertThat(person.get("/sleutelfiguren").statusCode()).isEqualTo(302);

        HttpResponse<String> enrol = person.get("/tweede-factor/instellen");
        Matcher secret = SECRET.matcher(enrol.body());
        assertThat(secret.find()).as("enrolment shows the secret").isTrue();
        String code = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret.group(1),
                System.currentTimeMillis() / 1000 / 30);
        HttpResponse<String> enrolled = person.post("/tweede-factor/instellen",
                Map.of("code", code, "_csrf", csrfOf(enrol)));
        assertThat(enrolled.statusCode()).isEqualTo(200);
        assertThat(person.get("/start").statusCode()).isEqualTo(200);

        // Used: the same link now gets the page of a link that does not work, also for a post.
        HttpResponse<String> again = new Browserless(port).get(link.path());
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(heading(again)).isEqualTo("Deze link werkt niet (meer)");
        Browserless late = new Browserless(port);
        String csrf = late.csrf("/inloggen");
        assertThat(late.post(link.path(), Map.of("wachtwoord", "een ander lang wachtwoord", "herhaling",
                "een ander lang wachtwoord", "_csrf", csrf)).statusCode()).isEqualTo(404);

        // And the chosen password now signs in (to the second factor).
        assertThat(new Browserless(port).login(account.username(), PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/tweede-factor"));
        assertThat(jdbc.sql("select count(*) from audit_event where record_id = ? and action in ('SETUP_LINK_ISSUED', 'SETUP_LINK_USED')")
                .param(account.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void an_unknown_a_forged_a_revoked_and_an_expired_link_get_the_same_page() throws Exception {
        NewAccount account = newAccount();
        String revoked = links.issue(account.id()).path();
        String current = links.issue(account.id()).path();
        assertThat(new Browserless(port).get(revoked).statusCode()).as("re-issuing revokes").isEqualTo(404);
        assertThat(new Browserless(port).get(current).statusCode()).isEqualTo(200);

        NewAccount other = newAccount();
        String expired = links.issue(other.id()).path();
        jdbc.sql("update account_setup_link set issued_at = now() - interval '3 days', expires_at = now() - interval '1 second' where account_id = ?")
                .param(other.id()).update();
        assertThat(links.pending(other.id())).isFalse();

        String token = current.substring(AccountSetupLinks.PATH.length());
        String forged = AccountSetupLinks.PATH + (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        String hashAsToken = AccountSetupLinks.PATH + new SetupToken(token).hash();
        String unknown = AccountSetupLinks.PATH + SetupToken.generate().text();

        HttpResponse<String> reference = new Browserless(port).get(unknown);
        for (String path : List.of(revoked, expired, forged, hashAsToken, unknown, AccountSetupLinks.PATH + "x")) {
            HttpResponse<String> answer = new Browserless(port).get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(withoutCsrf(answer.body())).as("no oracle: " + path).isEqualTo(withoutCsrf(reference.body()));
        }
        Browserless poster = new Browserless(port);
        String csrf = poster.csrf("/inloggen");
        assertThat(poster.post(expired, Map.of("wachtwoord", PASSWORD, "herhaling", PASSWORD, "_csrf", csrf)).statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("select password_hash is null from account where id = ?").param(other.id())
                .query(Boolean.class).single()).as("an expired link sets nothing").isTrue();
        assertThat(new Browserless(port).get(current).statusCode()).as("the others leave the current link").isEqualTo(200);
    }

    @Test
    void a_password_the_policy_refuses_leaves_the_link_usable() throws Exception {
        NewAccount account = newAccount();
        String path = links.issue(account.id()).path();
        Browserless person = new Browserless(port);
        for (String[] attempt : List.of(new String[] { "kort", "kort" }, new String[] { "            ", "            " },
                new String[] { PASSWORD, PASSWORD + "!" }, new String[] { account.username() + "-123", account.username() + "-123" })) {
            HttpResponse<String> refused = setPassword(person, path, attempt[0], attempt[1]);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("field-invalid");
        }
        assertThat(links.pending(account.id())).isTrue();
        assertThat(setPassword(person, path, PASSWORD, PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void a_link_re_issued_for_an_account_in_use_signs_out_its_sessions() throws Exception {
        String username = "in-gebruik-" + UUID.randomUUID() + "@test";
        UUID id = accounts.createStaff(DemoTenants.MAASOEVER, username, "Ina Gebruik", "Lange-Test-Zin-2026!",
                EnumSet.of(Role.COORDINATOR));
        Browserless elsewhere = new Browserless(port);
        assertThat(elsewhere.login(username, "Lange-Test-Zin-2026!").statusCode()).isEqualTo(302);
        assertThat(elsewhere.get("/tweede-factor/instellen").statusCode()).as("halfway signed in").isEqualTo(200);

        String path = links.issue(id).path();
        assertThat(setPassword(new Browserless(port), path, PASSWORD, PASSWORD).statusCode()).isEqualTo(302);

        HttpResponse<String> after = elsewhere.get("/tweede-factor/instellen");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/inloggen"));
        assertThat(new Browserless(port).login(username, "Lange-Test-Zin-2026!").headers().firstValue("Location"))
                .as("the old password is gone").hasValueSatisfying(l -> assertThat(l).contains("fout"));
    }

    @Test
    void issuing_is_refused_for_a_key_figure_account() {
        UUID keyFigureAccount = accounts.createKeyFigureAccount(DemoTenants.MAASOEVER, UUID.randomUUID(),
                "kf-" + UUID.randomUUID() + "@test", "Kees", PASSWORD);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> links.issue(keyFigureAccount))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @TestFactory
    Stream<DynamicTest> hostile_tokens_and_passwords_are_refused_without_a_server_error() {
        HostileInput hostile = HostileInput.forTest("SettingUpAnAccountTests");
        return hostile.tests(hostile.samples(20), sample -> {
            try {
                // As a token: never a form, never a server error (a path the server cannot read is 400).
                String encoded = URLEncoder.encode(sample, StandardCharsets.UTF_8).replace("+", "%20");
                HttpResponse<String> page = new Browserless(port).get(AccountSetupLinks.PATH + encoded);
                assertThat(page.statusCode()).as("token").isNotEqualTo(200).isLessThan(500);

                // As a password: refused with the form (link still usable), or, when the policy
                // allows it, set as given.
                NewAccount account = newAccount();
                String path = links.issue(account.id()).path();
                HttpResponse<String> answer = setPassword(new Browserless(port), path, sample, sample);
                assertThat(answer.statusCode()).as("password").isIn(302, 400);
                assertThat(links.pending(account.id())).isEqualTo(answer.statusCode() == 400);
                if (answer.statusCode() == 302) {
                    assertThat(new Browserless(port).login(account.username(), sample).headers().firstValue("Location"))
                            .hasValueSatisfying(l -> assertThat(l).endsWith("/tweede-factor/instellen"));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
