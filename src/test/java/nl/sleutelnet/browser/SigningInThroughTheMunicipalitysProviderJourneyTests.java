package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.IdentityProviders;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.oidc.TestOpenIdProvider;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * A staff member of a municipality with its own OpenID provider signs in through it in the real
 * browser: the button on the login page, the provider's login form, back with a code (PKCE, state,
 * nonce), Sleutelnet's own second factor (the safe default), the start page; and signs out of both.
 */
@BrowserTest
class SigningInThroughTheMunicipalitysProviderJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityProviders providers;

    @Autowired
    AccountService accounts;

    @AfterEach
    void noProviderForOtherTests() {
        providers.remove(DemoTenants.LINGEDONK);
    }

    @Test
    void a_staff_member_signs_in_through_the_municipalitys_provider_and_reaches_the_start_page(Browser browser) {
        TestOpenIdProvider provider = TestOpenIdProvider.forApplicationOn(port);
        providers.save(DemoTenants.LINGEDONK, new IdentityProviders.Change(provider.issuer(),
                TestOpenIdProvider.CLIENT_ID, TestOpenIdProvider.CLIENT_SECRET, false, "", true, true, "", ""));
        // A provider user of its own, so that its subject links to this test's account.
        String username = "reis-" + UUID.randomUUID().toString().substring(0, 8) + "@lingedonk.test";
        accounts.createStaff(DemoTenants.LINGEDONK, username, "Iris Lingedonk", "Lange-Test-Zin-2026!",
                EnumSet.of(Role.COORDINATOR));
        provider.giveEmail(TestOpenIdProvider.JOURNEY, username);

        browser.visit("/inloggen");
        browser.clickAndLoad(By.linkText("Inloggen met Lingedonk (demo)"));
        assertThat(browser.url()).startsWith(provider.issuer() + "/login");
        browser.type(By.id("username"), TestOpenIdProvider.JOURNEY);
        browser.type(By.id("password"), TestOpenIdProvider.PASSWORD);
        browser.clickAndLoad(By.cssSelector("button[type=submit]"));

        assertThat(browser.path()).as("Sleutelnet still asks its own second factor").isEqualTo("/tweede-factor/instellen");
        String secret = browser.text(By.id("totp-secret"));
        browser.type(By.id("code"), Totp.code(secret));
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("Uw herstelcodes");
        browser.clickAndLoad(By.linkText("Ik heb de codes bewaard, doorgaan"));
        assertThat(browser.path()).isEqualTo("/start");
        assertThat(browser.heading()).isEqualTo("Welkom, Iris Lingedonk");

        LoginSteps.logOut(browser);
        assertThat(browser.path()).isEqualTo("/uitgelogd");
        assertThat(browser.heading()).isEqualTo("U bent uitgelogd bij Sleutelnet");
        browser.visit("/start");
        assertThat(browser.path()).as("the Sleutelnet session has ended").isEqualTo("/inloggen");

        browser.visit("/inloggen");
        browser.clickAndLoad(By.linkText("Inloggen met Lingedonk (demo)"));
        assertThat(browser.path()).as("still signed in at the provider: straight back to the second factor")
                .isEqualTo("/tweede-factor");
    }

    @Test
    void the_administrator_sets_up_the_provider_and_a_refusal_says_why(Browser browser) {
        LoginSteps.logInDemo(browser, "beheerder@maasoever.demo");
        browser.clickAndLoad(By.linkText("Inloggen via organisatie"));
        assertThat(browser.heading()).isEqualTo("Inloggen via de eigen organisatie");
        browser.type(By.id("issuer"), "javascript:alert(1)");
        browser.type(By.id("clientId"), "sleutelnet");
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(By.id("issuer-fout"))).startsWith("Vul een volledig https-adres in");
        assertThat(providers.of(DemoTenants.MAASOEVER)).isEmpty();

        browser.type(By.id("issuer"), "https://login.maasoever.example/realms/medewerkers");
        browser.type(By.id("clientSecret"), "een-geheim-voor-de-test");
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo("De inlogdienst is opgeslagen.");
        providers.remove(DemoTenants.MAASOEVER);

        LoginSteps.logOut(browser);
        browser.visit("/inloggen/geweigerd?reden=onbekend");
        assertThat(browser.heading()).isEqualTo("Inloggen via uw organisatie is niet gelukt");
        assertThat(browser.text(By.id("reden"))).contains("Sleutelnet heeft voor u geen account in deze gemeente");
    }
}
