package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

/**
 * The coordinator records a new version of the demo key figure's agreement; the key figure reads
 * and accepts it in the portal, downloads it as PDF, and follows and files requests.
 */
@BrowserTest
class AgreeingOnCooperationTests {

    private static final String PORTAL_KEY_FIGURE = "00000000-0000-4000-8000-000000000101";

    @Test
    void coordinator_records_an_agreement_that_the_key_figure_accepts_in_the_portal(Browser browser) throws Exception {
        LoginSteps.logInDemo(browser, "coordinator@maasoever.demo");
        browser.visit("/sleutelfiguren/" + PORTAL_KEY_FIGURE + "/afspraak");
        assertThat(browser.heading()).isEqualTo("Samenwerkingsafspraak met Samira van den Berg");
        assertThat(browser.text(By.id("huidige-afspraak"))).startsWith("Huidige afspraak (versie ");
        String before = browser.text(By.id("huidige-afspraak"));

        browser.type(By.id("verwachtingenGemeente"), "Wij bellen u elke zes weken en komen graag langs bij de "
                + "buurtmaaltijd.");
        browser.find(By.id("ritme-42")).click();
        new Select(browser.find(By.id("vervanger"))).selectByVisibleText(
                new Select(browser.find(By.id("contactpersoon"))).getFirstSelectedOption().getText());
        browser.clickAndLoad(By.cssSelector("form.form button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".error-summary")))
                .contains("De vervanger moet iemand anders zijn dan de vaste contactpersoon.");
        assertThat(browser.find(By.id("verwachtingenGemeente")).getAttribute("value"))
                .as("what was typed is kept").contains("buurtmaaltijd");

        Select backup = new Select(browser.find(By.id("vervanger")));
        String contact = new Select(browser.find(By.id("contactpersoon"))).getFirstSelectedOption().getText();
        backup.getOptions().stream().filter(o -> !o.getText().equals(contact) && !o.getAttribute("value").isEmpty())
                .findFirst().orElseThrow().click();
        browser.clickAndLoad(By.cssSelector("form.form button[type=submit]"));
        assertThat(browser.text(By.cssSelector("main [role=status]"))).contains("De nieuwe versie is vastgelegd");
        String after = browser.text(By.id("huidige-afspraak"));
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.text(By.cssSelector(".agreement-current"))).contains("Wacht op akkoord", "elke 6 weken");
        LoginSteps.logOut(browser);

        LoginSteps.logInDemo(browser, "sleutelfiguur@maasoever.demo");
        browser.clickAndLoad(By.linkText("Mijn afspraken"));
        assertThat(browser.path()).isEqualTo("/portaal/afspraak");
        assertThat(browser.heading()).isEqualTo("Mijn samenwerkingsafspraak");
        assertThat(browser.text(By.id("status-afspraak"))).contains("wacht op uw akkoord", "Contactritme",
                "Wat u van de gemeente mag verwachten");
        assertThat(browser.text(By.cssSelector(".agreement-text"))).contains("buurtmaaltijd",
                "U bent partner van de gemeente en geen informant");
        browser.clickAndLoad(By.cssSelector(".accept-form button[type=submit]"));
        assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo("Dank u wel. Uw akkoord is vastgelegd.");
        assertThat(browser.text(By.id("status-afspraak"))).startsWith("U ging akkoord met versie");

        String pdfHref = browser.find(By.id("afspraak-pdf")).getAttribute("href");
        assertThat(pdfHref).endsWith("/portaal/afspraak.pdf");
        Cookie session = browser.driver().manage().getCookieNamed("__Host-SESSION");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfHref))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        browser.clickAndLoad(By.linkText("Mijn verzoeken"));
        assertThat(browser.heading()).isEqualTo("Mijn verzoeken");
        assertThat(browser.text(By.cssSelector("#wederkerigheid-tabel"))).isNotBlank();
        assertThat(browser.text(By.cssSelector("main table"))).contains("Training gespreksvaardigheden", "Gedaan");
        new Select(browser.find(By.id("soort"))).selectByVisibleText("Training");
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Vul een korte titel in.");
        browser.type(By.id("titel"), "Training omgaan met spanningen");
        browser.type(By.id("toelichting"), "Voor mij en twee andere vrijwilligers.");
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(By.cssSelector("main [role=status]"))).contains("Uw verzoek is verstuurd");
        assertThat(browser.text(By.cssSelector("main table"))).contains("Training omgaan met spanningen", "Gevraagd");
    }
}
