package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * (In Lingedonk: other tests count Maasoever's demo key figures.) A coordinator registers a key figure, finds it in the register with filters, and takes it from
 * candidate through intake to active, then ends the cooperation with a reason; and registers one on a phone.
 */
@BrowserTest
class RegisteringAKeyFigureJourneyTests {

    private static final SplittableRandom RANDOM = new SplittableRandom();
    private static final By RESULT_COUNT = By.id("aantal-resultaten");

    private static final String HORIZONTAL_OVERFLOW = """
            var root = document.documentElement;
            return Math.max(root.scrollWidth, document.body.scrollWidth) - root.clientWidth;""";

    @Test
    void coordinator_registers_finds_and_moves_a_key_figure_through_its_lifecycle(Browser browser) {
        String family = unique("Vink");
        String digits = String.format("%08d", RANDOM.nextInt(100_000_000));
        LoginSteps.logInDemo(browser, "coordinator@lingedonk.demo");
        browser.clickAndLoad(By.linkText("Sleutelfiguren"));
        browser.clickAndLoad(By.linkText("Sleutelfiguur registreren"));
        assertThat(browser.heading()).isEqualTo("Sleutelfiguur registreren");

        browser.type(By.id("givenName"), "Fenna");
        browser.type(By.id("namePrefix"), "Van der");
        browser.type(By.id("familyName"), family);
        browser.type(By.id("email"), "Fenna." + family + "@Voorbeeld.demo");
        browser.type(By.id("phone"), "06-" + digits);
        new Select(browser.find(By.id("preferredLanguage"))).selectByValue("ar");
        browser.find(By.id("channel-EMAIL")).click();
        browser.find(By.id("area-BU99030101")).click();
        browser.find(By.id("kind-YOUTH")).click();
        browser.find(By.id("role-CONNECTOR")).click();
        browser.clickAndLoad(By.id("opslaan"));

        String name = "Fenna van der " + family;
        assertThat(browser.heading()).isEqualTo(name);
        assertThat(browser.text(By.cssSelector("main [role=status]"))).contains("geregistreerd als kandidaat");
        assertThat(browser.text(By.cssSelector(".details"))).contains("06 " + digits + " (opgeslagen als +316" + digits + ")",
                "fenna." + family.toLowerCase() + "@voorbeeld.demo", "Arabisch", "Binnenstad (BU99030101)", "Jongeren",
                "Verbinder", "Kandidaat");
        assertThat(browser.text(By.cssSelector(".module-links"))).contains("Contact vastleggen", "Samenwerkingsafspraak",
                "Portaaltoegang");

        // The register, narrowed live to candidates with this name.
        browser.clickAndLoad(By.linkText("Terug naar de sleutelfiguren"));
        browser.find(By.cssSelector(".filters summary")).click();
        new Select(browser.find(By.id("status"))).selectByValue("CANDIDATE");
        browser.afterHtmxUpdate();
        browser.type(By.id("zoek"), family);
        browser.waitUntil(ExpectedConditions.textToBe(RESULT_COUNT, "1 sleutelfiguur"));
        browser.afterHtmxUpdate();
        assertThat(browser.path()).isEqualTo("/sleutelfiguren?zoek=" + family + "&status=CANDIDATE");
        assertThat(names(browser)).containsExactly(name);

        browser.clickAndLoad(By.linkText(name));
        browser.clickAndLoad(By.id("naar-intake"));
        assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo("De status is nu: Kennismaking.");
        browser.clickAndLoad(By.id("naar-active"));
        assertThat(browser.text(By.cssSelector(".page-actions .badge"))).isEqualTo("Actief");

        // Ending without a reason is refused, then done properly.
        browser.clickAndLoad(By.id("beeindigen"));
        assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Kies de reden van beëindigen.");
        new Select(browser.find(By.id("endReason"))).selectByValue("NO_TIME");
        browser.find(By.id("geenExitgesprek")).click();
        browser.clickAndLoad(By.id("beeindigen"));
        assertThat(browser.text(By.cssSelector(".page-actions .badge"))).isEqualTo("Beëindigd");
        assertThat(browser.text(By.cssSelector("main [role=status]"))).contains("De status is nu: Beëindigd.");
        assertThat(browser.text(By.cssSelector(".details"))).contains("Geen tijd meer", "Geen exitgesprek");
        assertThat(browser.text(By.cssSelector(".timeline"))).contains("Samenwerking beëindigd", "Status: actief",
                "Status: kennismaking", "Geregistreerd");
    }

    @Test
    void coordinator_registers_a_key_figure_on_a_phone(Browser browser) {
        browser.phone(390, 844);
        String family = unique("Mobiel");
        LoginSteps.logInDemo(browser, "coordinator@lingedonk.demo");
        browser.visit("/sleutelfiguren/nieuw");
        assertFitsTheWidth(browser);

        browser.clickAndLoad(By.id("opslaan"));
        assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Vul een voornaam in.",
                "Vul een achternaam in.");
        assertThat(browser.find(By.id("givenName")).getAttribute("aria-describedby")).isEqualTo("givenName-fout");
        assertFitsTheWidth(browser);

        browser.type(By.id("givenName"), "Jesse");
        browser.type(By.id("familyName"), family);
        browser.find(By.id("role-DOER")).click();
        browser.clickAndLoad(By.id("opslaan"));
        assertThat(browser.heading()).isEqualTo("Jesse " + family);
        assertFitsTheWidth(browser);
    }

    private static void assertFitsTheWidth(Browser browser) {
        assertThat(browser.script(HORIZONTAL_OVERFLOW)).as("horizontal overflow in px").isEqualTo(0L);
    }

    private static List<String> names(Browser browser) {
        return browser.findAll(By.cssSelector("#resultaten tbody tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
    }

    private static String unique(String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return name.toString();
    }
}
