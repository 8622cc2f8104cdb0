package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;

import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.EmailSignIn;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.portal.PortalFixtures;
import nl.sleutelnet.portal.PortalFixtures.Person;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * On a phone, a key figure asks for a sign-in link on the login page, opens it (first without the
 * browser's binding cookie, as another browser would: refused), asks again, and signs in with the
 * page's button; axe checks every page on the way.
 */
@BrowserTest
class SigningInWithAnEmailLinkJourneyTests {

    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/inloggen/link/[A-Za-z0-9_-]{43})");

    @Autowired
    GreenMail greenMail;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestKeyFigures() {
        new PortalFixtures(keyFigures, accounts, jdbc).cleanUp();
    }

    @Test
    void a_key_figure_on_a_phone_signs_in_with_a_link_from_the_mail(Browser browser) throws Exception {
        Person person = Person.fresh();
        new PortalFixtures(keyFigures, accounts, jdbc).keyFigureWithAccount(DemoTenants.MAASOEVER, person);
        browser.phone(390, 844);

        browser.visit("/inloggen");
        browser.clickAndLoad(By.linkText("Sleutelfiguur? Log in met een link per e-mail"));
        assertThat(browser.heading()).isEqualTo("Inloggen met een link per e-mail");
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(By.cssSelector("main .error-summary"))).contains("Vul een geldig e-mailadres in");
        String first = ask(browser, person, 1);

        browser.driver().manage().deleteCookieNamed(EmailSignIn.BROWSER_COOKIE);
        browser.visit(first);
        assertThat(browser.heading()).isEqualTo("Open de link in dezelfde browser");
        assertThat(browser.text(By.cssSelector("main [role=alert]")))
                .contains("Open de link in dezelfde browser waarin u hem aanvroeg.");
        browser.clickAndLoad(By.linkText("Nieuwe link aanvragen"));

        String second = ask(browser, person, 2);
        browser.visit(first);
        assertThat(browser.heading()).as("replaced by the second").isEqualTo("Deze link werkt niet (meer)");
        browser.visit(second);
        assertThat(browser.heading()).isEqualTo("Inloggen met uw link");
        assertThat(browser.path()).as("opening signs nobody in").startsWith("/inloggen/link/");
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/portaal");
        assertThat(browser.heading()).isEqualTo("Welkom, " + person.displayName());
        LoginSteps.logOut(browser);
    }

    /** Asks on the request page and returns the path of the link in the {@code n}-th mail. */
    private String ask(Browser browser, Person person, int n) throws Exception {
        browser.type(By.id("email"), person.email());
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(By.cssSelector("main [role=status]")))
                .contains("Als dit adres bij een portaalaccount hoort, is er een link onderweg.");
        for (int attempt = 0; attempt < 50 && PortalFixtures.mailsTo(greenMail, person.email()) < n; attempt++) {
            greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
        }
        assertThat(PortalFixtures.mailsTo(greenMail, person.email())).isEqualTo(n);
        Matcher matcher = LINK.matcher((String) PortalFixtures.mailTo(greenMail, person.email()).getContent());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
