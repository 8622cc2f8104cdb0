package nl.sleutelnet.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import nl.sleutelnet.HostileInput;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.IdentityProviders;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Sign-in through a municipality's own OpenID provider, over real HTTP against a real provider
 * ({@link TestOpenIdProvider}, Spring Authorization Server on a port of its own): the code flow
 * with PKCE, state and nonce; the account found by issuer and subject (linked by a verified e-mail
 * address the first time); the second factor; and every refusal with its page.
 */
@SleutelnetTest
class SigningInThroughTheMunicipalitysProviderTests {

    static final MunicipalityId MUNICIPALITY = DemoTenants.LINGEDONK;
    static final String CBS = "GM9903";
    static final String STAFF_PASSWORD = "Lange-Test-Zin-2026!";
    /** Accounts made once per run for the provider's users (a subject stays linked to its account). */
    private static final Map<String, String> ACCOUNTS = new HashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    IdentityProviders providers;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    TestOpenIdProvider provider;
    String app;

    @BeforeEach
    void provider() {
        provider = TestOpenIdProvider.forApplicationOn(port);
        app = "http://localhost:" + port;
        setUp(false, true);
    }

    @AfterEach
    void noProviderForOtherTests() {
        providers.remove(MUNICIPALITY);
    }

    @Test
    void a_staff_member_signs_in_through_the_provider_and_sleutelnet_still_asks_its_own_second_factor() {
        String username = accountFor(TestOpenIdProvider.STAFF, "Mila Lingedonk", Role.COORDINATOR);
        Visitor visitor = new Visitor();

        HttpResponse<String> login = visitor.get(app + "/inloggen");
        assertThat(login.body()).contains("Inloggen met Lingedonk (demo)").contains("/inloggen/oidc/" + CBS);

        HttpResponse<String> start = visitor.get(app + "/inloggen/oidc/" + CBS);
        assertThat(start.statusCode()).isEqualTo(302);
        Map<String, String> asked = query(Visitor.location(start));
        assertThat(Visitor.location(start)).startsWith(provider.issuer() + "/oauth2/authorize");
        assertThat(asked).containsEntry("code_challenge_method", "S256").containsKeys("code_challenge", "state", "nonce")
                .containsEntry("client_id", TestOpenIdProvider.CLIENT_ID);

        HttpResponse<String> back = signInAtProvider(visitor, Visitor.location(start), TestOpenIdProvider.STAFF);
        HttpResponse<String> arrived = visitor.get(Visitor.location(back));
        assertThat(Visitor.location(arrived)).as("a client that does not say where it came from is sent through a page of this site")
                .isEqualTo(app + "/inloggen/verder");
        HttpResponse<String> onwards = visitor.get(Visitor.location(arrived));
        assertThat(onwards.statusCode()).isEqualTo(200);
        assertThat(onwards.headers().firstValue("Refresh")).hasValue("0;url=/");

        HttpResponse<String> home = visitor.get(app + "/start");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(Visitor.location(home)).as("the provider's sign-in is only the first step")
                .isEqualTo(app + "/tweede-factor/instellen");

        UUID account = accountId(username);
        assertThat(CurrentTenant.callAs(MUNICIPALITY, () -> jdbc.sql(
                "select count(*) from account_oidc_subject where account_id = ? and subject = ? and issuer = ?")
                .params(account, TestOpenIdProvider.STAFF, provider.issuer()).query(Long.class).single()))
                .as("linked by issuer and subject").isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'LOGIN' and outcome = 'SUCCESS'
                and record_type = 'account_oidc' and record_id = ?""").param(account).query(Long.class).single())
                .isPositive();
    }

    @Test
    void when_the_municipality_lets_the_providers_factor_count_a_token_that_proves_it_signs_in_fully() {
        setUp(true, true);
        accountFor(TestOpenIdProvider.WITH_MFA, "Noor Lingedonk", Role.COORDINATOR);
        Visitor visitor = signIn(TestOpenIdProvider.WITH_MFA);
        HttpResponse<String> home = visitor.get(app + "/start");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Noor Lingedonk");

        // Sign-out ends the session here and offers the provider's own logout (RP-initiated).
        HttpResponse<String> out = visitor.post(app + "/uitloggen", Map.of("_csrf", Visitor.csrf(home)));
        assertThat(Visitor.location(out)).isEqualTo(app + "/uitgelogd");
        assertThat(visitor.get(app + "/start").statusCode()).isEqualTo(302);
        HttpResponse<String> loggedOut = visitor.get(app + "/uitgelogd");
        assertThat(loggedOut.body()).contains("U bent uitgelogd bij Sleutelnet");
        String endSession = html(loggedOut.body().replaceAll("(?s).*<a id=\"verder\" href=\"([^\"]+)\".*", "$1"));
        assertThat(endSession).startsWith(provider.issuer()).contains("id_token_hint=");
        HttpResponse<String> atProvider = visitor.get(endSession);
        assertThat(Visitor.location(atProvider)).isEqualTo(app + "/inloggen?uitgelogd");
    }

    @Test
    void a_token_without_the_counted_factor_still_needs_sleutelnets_code() {
        setUp(true, true);
        accountFor(TestOpenIdProvider.STAFF, "Mila Lingedonk", Role.COORDINATOR);
        Visitor visitor = signIn(TestOpenIdProvider.STAFF);
        assertThat(Visitor.location(visitor.get(app + "/start"))).startsWith(app + "/tweede-factor");
    }

    @Test
    void tokens_from_another_issuer_for_another_audience_expired_or_with_another_nonce_are_refused() {
        for (String user : new String[] { TestOpenIdProvider.OTHER_ISSUER, TestOpenIdProvider.OTHER_AUDIENCE,
                TestOpenIdProvider.EXPIRED, TestOpenIdProvider.WRONG_NONCE }) {
            Visitor visitor = new Visitor();
            HttpResponse<String> start = visitor.get(app + "/inloggen/oidc/" + CBS);
            HttpResponse<String> back = signInAtProvider(visitor, Visitor.location(start), user);
            refused(visitor, visitor.get(Visitor.location(back)), "token",
                    "Het bewijs van inloggen dat Sleutelnet van de inlogdienst kreeg, is niet geldig");
        }
    }

    @Test
    void an_unknown_subject_is_refused_and_no_account_is_made() {
        long before = jdbc.sql("select count(*) from account").query(Long.class).single();
        Visitor visitor = new Visitor();
        HttpResponse<String> start = visitor.get(app + "/inloggen/oidc/" + CBS);
        HttpResponse<String> back = signInAtProvider(visitor, Visitor.location(start), TestOpenIdProvider.UNKNOWN);
        refused(visitor, visitor.get(Visitor.location(back)), "onbekend",
                "Sleutelnet heeft voor u geen account in deze gemeente");
        assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'LOGIN_FAILED' and record_type = 'account_oidc'
                and municipality_id = ?""").param(MUNICIPALITY.value()).query(Long.class).single()).isPositive();
    }

    @Test
    void a_changed_state_and_a_replayed_answer_are_refused() {
        accountFor(TestOpenIdProvider.STAFF, "Mila Lingedonk", Role.COORDINATOR);
        Visitor visitor = new Visitor();
        HttpResponse<String> start = visitor.get(app + "/inloggen/oidc/" + CBS);
        String callback = Visitor.location(signInAtProvider(visitor, Visitor.location(start), TestOpenIdProvider.STAFF));
        String state = query(callback).get("state");
        refused(visitor, visitor.get(callback.replace("state=" + state, "state=" + state + "x")), "sessie",
                "Deze inlogpoging is verlopen of hoort niet bij deze browser");

        Visitor other = new Visitor();
        HttpResponse<String> again = other.get(app + "/inloggen/oidc/" + CBS);
        String answer = Visitor.location(signInAtProvider(other, Visitor.location(again), TestOpenIdProvider.STAFF));
        assertThat(Visitor.location(other.get(answer))).doesNotContain("geweigerd");
        refused(other, other.get(answer), "sessie", "Deze inlogpoging is verlopen");
    }

    @Test
    void a_municipality_without_a_provider_offers_no_button_and_its_start_says_so() {
        providers.remove(MUNICIPALITY);
        Visitor visitor = new Visitor();
        assertThat(visitor.get(app + "/inloggen").body()).doesNotContain("/inloggen/oidc/" + CBS);
        refused(visitor, visitor.get(app + "/inloggen/oidc/" + CBS), "niet-ingesteld",
                "Voor deze gemeente is geen inlogdienst ingesteld.");
        refused(visitor, visitor.get(app + "/inloggen/oidc/onzin"), "niet-ingesteld", "geen inlogdienst");
    }

    @Test
    void with_password_login_off_the_municipalitys_staff_cannot_sign_in_with_a_password() throws Exception {
        String username = accountFor(TestOpenIdProvider.STAFF, "Mila Lingedonk", Role.COORDINATOR);
        setUp(false, false);
        String refused = mvc.perform(post("/inloggen").param("gebruikersnaam", username)
                .param("wachtwoord", STAFF_PASSWORD).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(refused).isEqualTo("/inloggen?wachtwoorduit");
        assertThat(new Visitor().get(app + refused).body())
                .contains("Uw gemeente laat inloggen met een wachtwoord niet toe.");

        setUp(false, true);
        String allowed = mvc.perform(post("/inloggen").param("gebruikersnaam", username)
                .param("wachtwoord", STAFF_PASSWORD).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(allowed).startsWith("/tweede-factor");
    }

    @Test
    void a_group_mapping_gives_and_takes_the_roles_it_names() {
        String username = accountFor(TestOpenIdProvider.GROUPS, "Sam Lingedonk", Role.COORDINATOR, Role.RESEARCHER);
        providers.save(MUNICIPALITY, new IdentityProviders.Change(provider.issuer(), TestOpenIdProvider.CLIENT_ID,
                TestOpenIdProvider.CLIENT_SECRET, false, "", true, true, "groups",
                "sleutelnet-zorg = CONCERN_HANDLER\nsleutelnet-onderzoek = RESEARCHER"));
        signIn(TestOpenIdProvider.GROUPS);
        assertThat(jdbc.sql("select roles from account where id = ?").param(accountId(username))
                .query((rs, n) -> Set.of((String[]) rs.getArray(1).getArray())).single())
                .as("the group gives CONCERN_HANDLER; no group gives RESEARCHER any more; COORDINATOR is not mapped")
                .containsExactlyInAnyOrder("COORDINATOR", "CONCERN_HANDLER");
    }

    @Test
    void hostile_answers_and_ids_are_refused_with_a_page_never_an_error() {
        Visitor visitor = new Visitor();
        for (String sample : HostileInput.KNOWN) {
            String value = URLEncoder.encode(sample.length() > 300 ? sample.substring(0, 300) : sample,
                    StandardCharsets.UTF_8);
            HttpResponse<String> answer = visitor.get(app + "/inloggen/oidc/terug/" + CBS + "?code=" + value
                    + "&state=" + value);
            assertThat(answer.statusCode()).as(sample).isEqualTo(302);
            // No sign-in of this browser is waiting ("sessie"); a blank code or state is no answer at all ("mislukt").
            assertThat(Visitor.location(answer)).as(sample).isIn(app + "/inloggen/geweigerd?reden=sessie",
                    app + "/inloggen/geweigerd?reden=mislukt");
            int start = visitor.get(app + "/inloggen/oidc/" + value).statusCode();
            assertThat(start).as(sample).isIn(302, 400, 404);
            HttpResponse<String> page = visitor.get(app + "/inloggen/geweigerd?reden=" + value);
            assertThat(page.statusCode()).as(sample).isEqualTo(403);
            assertThat(page.body()).as(sample).contains("Het inloggen via uw organisatie is mislukt.");
        }
    }

    @Test
    void the_application_itself_is_no_authorisation_server() {
        Visitor visitor = new Visitor();
        assertThat(visitor.get(app + "/.well-known/openid-configuration").statusCode()).isNotEqualTo(200);
        assertThat(visitor.get(app + "/oauth2/jwks").statusCode()).isNotEqualTo(200);
        assertThat(provider.isRunning()).isTrue();
    }

    // --- steps ---

    private void setUp(boolean providerFactorCounts, boolean passwordLogin) {
        providers.save(MUNICIPALITY, new IdentityProviders.Change(provider.issuer(), TestOpenIdProvider.CLIENT_ID,
                TestOpenIdProvider.CLIENT_SECRET, providerFactorCounts, providerFactorCounts ? "mfa" : "", true,
                passwordLogin, "", ""));
    }

    /** An account of the municipality for this user of the provider, made once, with its e-mail in the token. */
    private String accountFor(String providerUser, String name, Role... roles) {
        String username = ACCOUNTS.computeIfAbsent(providerUser, user -> {
            String made = user + "-" + UUID.randomUUID().toString().substring(0, 8) + "@lingedonk.test";
            accounts.createStaff(MUNICIPALITY, made, name, STAFF_PASSWORD, EnumSet.of(roles[0], roles));
            return made;
        });
        provider.giveEmail(providerUser, username);
        return username;
    }

    /** The whole flow up to and including the way back into the application. */
    private Visitor signIn(String providerUser) {
        Visitor visitor = new Visitor();
        HttpResponse<String> start = visitor.get(app + "/inloggen/oidc/" + CBS);
        HttpResponse<String> back = signInAtProvider(visitor, Visitor.location(start), providerUser);
        HttpResponse<String> arrived = visitor.get(Visitor.location(back));
        assertThat(Visitor.location(arrived)).isEqualTo(app + "/inloggen/verder");
        return visitor;
    }

    /** At the provider: its login form, then back with a code; returns the provider's redirect to the application. */
    private HttpResponse<String> signInAtProvider(Visitor visitor, String authorize, String user) {
        HttpResponse<String> toLogin = visitor.get(authorize);
        HttpResponse<String> form = visitor.get(Visitor.location(toLogin));
        HttpResponse<String> loggedIn = visitor.post(provider.issuer() + "/login", Map.of("username", user,
                "password", TestOpenIdProvider.PASSWORD, "_csrf", Visitor.csrf(form)));
        HttpResponse<String> back = visitor.get(Visitor.location(loggedIn));
        assertThat(Visitor.location(back)).startsWith(app + "/inloggen/oidc/terug/" + CBS + "?code=");
        return back;
    }

    private void refused(Visitor visitor, HttpResponse<String> response, String reason, String text) {
        assertThat(Visitor.location(response)).isEqualTo(app + "/inloggen/geweigerd?reden=" + reason);
        HttpResponse<String> page = visitor.get(Visitor.location(response));
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Inloggen via uw organisatie is niet gelukt").contains(text);
        assertThat(visitor.get(app + "/start").statusCode()).as("not signed in").isEqualTo(302);
        assertThat(Visitor.location(visitor.get(app + "/start"))).endsWith("/inloggen");
    }

    private UUID accountId(String username) {
        return jdbc.sql("select id from account where username = ?").param(username).query(UUID.class).single();
    }

    private static Map<String, String> query(String url) {
        Map<String, String> parameters = new HashMap<>();
        UriComponentsBuilder.fromUriString(url).build().getQueryParams()
                .forEach((k, v) -> parameters.put(k, v.get(0)));
        return parameters;
    }

    private static String html(String escaped) {
        return escaped.replace("&amp;", "&");
    }
}
