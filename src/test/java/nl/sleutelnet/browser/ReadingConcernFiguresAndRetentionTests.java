package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The privacy officer sees what concern retention will do and runs it only after confirming; a
 * handler and the regional analyst read the concern figures (every page is checked for accessibility).
 */
@BrowserTest
class ReadingConcernFiguresAndRetentionTests {

    @Test
    void privacy_officer_runs_retention_only_after_confirming(Browser browser) {
        LoginSteps.logInDemo(browser, "fg@maasoever.demo");
        browser.visit("/beheer/bewaartermijnen");
        assertThat(browser.heading()).isEqualTo("Bewaartermijnen zorgmeldingen");
        assertThat(browser.text(By.cssSelector("main"))).contains("Wat de volgende run doet", "6 maanden", "5 jaar");

        browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Bewaartermijnen nu toepassen']"));
        assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Vink de bevestiging aan");

        browser.find(By.id("bevestig")).click();
        browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Bewaartermijnen nu toepassen']"));
        assertThat(browser.path()).isEqualTo("/beheer/bewaartermijnen");
        assertThat(browser.text(By.id("uitgevoerd"))).startsWith("Uitgevoerd:");
    }

    @Test
    void a_handler_and_the_analyst_read_the_figures(Browser browser) {
        LoginSteps.logInDemo(browser, "zorg@maasoever.demo");
        browser.visit("/zorgmeldingen/cijfers");
        assertThat(browser.heading()).isEqualTo("Cijfers zorgmeldingen");
        assertThat(browser.findAll(By.cssSelector("main table caption"))).hasSize(4);
        LoginSteps.logOut(browser);

        LoginSteps.logInDemo(browser, "analist@regio.demo");
        browser.visit("/regio/zorgmeldingen/cijfers");
        assertThat(browser.heading()).startsWith("Cijfers zorgmeldingen in ");
        assertThat(browser.text(By.cssSelector("main"))).contains("Maasoever", "Regio totaal", "< 5");
    }
}
