package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A key figure sees, in the portal, their contact person and everything the municipality records about them. */
@BrowserTest
class UsingThePortalTests {

    @Test
    void key_figure_sees_their_contact_person_own_data_and_the_call_112_notice(Browser browser) {
        LoginSteps.logInDemo(browser, "sleutelfiguur@maasoever.demo");
        assertThat(browser.path()).isEqualTo("/portaal");
        assertThat(browser.heading()).isEqualTo("Welkom, Samira van den Berg");

        assertThat(browser.text(By.cssSelector("main .alert-warning")))
                .contains("Acuut gevaar?").contains("Bel direct 112 of de politie");
        assertThat(browser.text(By.cssSelector("main .portal-contact"))).contains("Noor Verhoeven");

        browser.clickAndLoad(By.linkText("Mijn gegevens bekijken"));
        assertThat(browser.path()).isEqualTo("/portaal/gegevens");
        String myData = browser.text(By.cssSelector("main .portal-section"));
        assertThat(myData).contains("Samira", "Berg", "samira.vandenberg@voorbeeld.demo", "Centrum");

        assertThat(browser.text(By.cssSelector("nav.main-nav"))).contains("Mijn portaal")
                .doesNotContain("Sleutelfiguren").doesNotContain("Auditlogboek");
        browser.visit("/sleutelfiguren");
        assertThat(browser.heading()).as("staff pages are closed to key figures").isEqualTo("Geen toegang");
    }
}
