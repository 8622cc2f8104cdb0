package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Missing records and closed pages get a friendly page that gives nothing away. */
@BrowserTest
class ErrorPagesTests {

    /** Samira van den Berg, a key figure of Maasoever (see NetworkDemoData). */
    private static final String MAASOEVER_KEY_FIGURE = "00000000-0000-4000-8000-000000000101";

    @Test
    void a_key_figure_that_does_not_exist_shows_the_not_found_page(Browser browser) {
        LoginSteps.logInDemo(browser, "coordinator@maasoever.demo");

        browser.visit("/sleutelfiguren/" + UUID.randomUUID());
        assertThat(browser.heading()).isEqualTo("Pagina niet gevonden");
        assertThat(browser.text(By.tagName("main"))).contains("bestaat niet").doesNotContain("Exception");
        assertThat(browser.text(By.tagName("header"))).as("still signed in, with the menu")
                .contains("Noor Verhoeven", "Uitloggen", "Sleutelfiguren");

        browser.visit("/sleutelfiguren/geen-geldig-id");
        assertThat(browser.heading()).isEqualTo("Pagina niet gevonden");

        browser.clickAndLoad(By.linkText("Naar de startpagina"));
        assertThat(browser.path()).isEqualTo("/start");
    }

    @Test
    void a_key_figure_of_another_municipality_is_not_found(Browser browser) {
        LoginSteps.logInDemo(browser, "coordinator@waalbergen.demo");
        browser.visit("/sleutelfiguren/" + MAASOEVER_KEY_FIGURE);
        assertThat(browser.heading()).isEqualTo("Pagina niet gevonden");
        assertThat(browser.text(By.tagName("main"))).doesNotContain("Samira");
    }

    @Test
    void a_page_for_another_role_shows_the_no_access_page(Browser browser) {
        LoginSteps.logInDemo(browser, "coordinator@maasoever.demo");
        browser.visit("/beheer/audit");
        assertThat(browser.heading()).isEqualTo("Geen toegang");
        assertThat(browser.text(By.tagName("main"))).contains("U heeft geen toegang tot deze pagina");
        assertThat(browser.text(By.tagName("header"))).as("still signed in, with the menu")
                .contains("Noor Verhoeven", "Uitloggen", "Sleutelfiguren");
    }
}
