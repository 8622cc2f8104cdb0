package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A coordinator adds an organisation, links a key figure to it, records a faith-based
 * affiliation with consent and sees it; the concern handler does not see that affiliation.
 */
@BrowserTest
class LinkingAKeyFigureToAnOrganisationTests {

    private static final String FAITH = "Stichting Levensbeschouwelijk Centrum De Brug Maasoever";

    @Test
    void coordinator_links_with_consent_and_the_concern_handler_does_not_see_it(Browser browser) {
        LoginSteps.logInDemo(browser, "coordinator@maasoever.demo");
        browser.visit("/organisaties");
        assertThat(browser.heading()).isEqualTo("Organisaties");
        assertThat(browser.text(By.tagName("main"))).contains(FAITH);

        browser.clickAndLoad(By.linkText("Nieuwe organisatie"));
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Vul de naam van de organisatie in.");
        browser.type(By.id("naam"), "Buurtkeuken Rivierwijk");
        new Select(browser.find(By.id("soort"))).selectByValue("NEIGHBOURHOOD");
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("Buurtkeuken Rivierwijk");
        assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo("De organisatie is toegevoegd.");

        browser.visit("/sleutelfiguren?zoek=Johan");
        browser.clickAndLoad(By.linkText("Johan Bosman"));
        String keyFigurePage = browser.path();
        browser.visit(keyFigurePage + "/organisaties");
        assertThat(browser.heading()).isEqualTo("Organisaties van Johan Bosman");

        new Select(browser.find(By.id("organisatie"))).selectByVisibleText("Buurtkeuken Rivierwijk");
        new Select(browser.find(By.id("functie"))).selectByValue("VOLUNTEER");
        browser.clickAndLoad(By.cssSelector("main form.form button[type=submit]"));
        assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo("De koppeling is vastgelegd.");
        assertThat(browser.text(By.id("koppelingen"))).contains("Buurtkeuken Rivierwijk", "Vrijwilliger");

        // Faith-based without consent: refused, with the reason next to the field.
        new Select(browser.find(By.id("organisatie"))).selectByVisibleText(FAITH + " – alleen met toestemming");
        browser.clickAndLoad(By.cssSelector("main form.form button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".error-summary"))).contains("uitdrukkelijk toestemming gaf");

        new Select(browser.find(By.id("organisatie"))).selectByVisibleText(FAITH + " – alleen met toestemming");
        new Select(browser.find(By.id("functie"))).selectByValue("BOARD_MEMBER");
        browser.find(By.cssSelector("details.consent-text summary")).click();
        assertThat(browser.text(By.cssSelector("details.consent-text"))).contains("Het is vrijwillig.");
        browser.find(By.id("toestemming")).click();
        browser.find(By.id("wijze-IN_PERSON")).click();
        browser.clickAndLoad(By.cssSelector("main form.form button[type=submit]"));
        assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo("De koppeling is vastgelegd.");
        assertThat(browser.text(By.id("met-toestemming"))).contains(FAITH, "Bestuurslid", "Persoonlijk, in een gesprek");
        LoginSteps.logOut(browser);

        LoginSteps.logInDemo(browser, "zorg@maasoever.demo");
        browser.visit(keyFigurePage + "/organisaties");
        assertThat(browser.heading()).isEqualTo("Organisaties van Johan Bosman");
        String seen = browser.text(By.tagName("main"));
        assertThat(seen).contains("Buurtkeuken Rivierwijk").doesNotContain(FAITH, "Met toestemming", "Bestuurslid");
        assertThat(browser.findAll(By.id("met-toestemming"))).isEmpty();
        assertThat(browser.findAll(By.cssSelector("main form"))).as("no forms for a concern handler").isEmpty();
        browser.visit("/organisaties");
        assertThat(browser.text(By.tagName("main"))).contains("Buurtkeuken Rivierwijk").doesNotContain(FAITH);
    }
}
