package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The privacy officer reads the audit trail and checks that its hash chain is unbroken. */
@BrowserTest
class CheckingTheAuditTrailTests {

    @Test
    void privacy_officer_checks_the_chain_and_finds_it_intact(Browser browser) {
        LoginSteps.logInDemo(browser, "fg@maasoever.demo");
        assertThat(browser.heading()).isEqualTo("Welkom, Fatma Yilmaz");

        browser.clickAndLoad(By.linkText("Naar het auditlogboek"));
        assertThat(browser.path()).isEqualTo("/beheer/audit");
        assertThat(browser.heading()).isEqualTo("Auditlogboek");
        assertThat(browser.findAll(By.cssSelector("main table tbody tr"))).as("this login is in the trail").isNotEmpty();
        assertThat(browser.text(By.cssSelector("main table tbody"))).contains("Ingelogd (wachtwoord)");

        browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Controleer de hele keten']"));
        assertThat(browser.path()).isEqualTo("/beheer/audit");
        assertThat(browser.find(By.id("ketencontrole")).getAttribute("class")).contains("alert-success");
        assertThat(browser.text(By.id("ketencontrole"))).matches("De keten is intact: [\\d.]+ regels gecontroleerd\\.");
    }
}
