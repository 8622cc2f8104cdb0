package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator makes an API client in the browser, hands its key to an integration that calls
 * the API with it, and revokes it (ADR 0028); every page is checked with axe.
 */
@BrowserTest
class MakingAnApiClientJourneyTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private int callApi(String key) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sleutelfiguren"))
                .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void an_administrator_makes_a_client_the_integration_uses_it_and_the_administrator_revokes_it(Browser browser)
            throws Exception {
        LoginSteps.logInDemo(browser, "beheerder@maasoever.demo");
        browser.visit("/beheer/api-koppelingen");
        assertThat(browser.heading()).isEqualTo("API-koppelingen");

        browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Koppeling maken']"));
        assertThat(browser.text(By.id("foutmeldingen"))).contains("Vul een naam in.",
                "Kies bij ten minste één onderdeel lezen of schrijven.", "Vul de datum in tot wanneer de koppeling geldig is.");

        browser.type(By.id("naam"), "Datawarehouse reis");
        browser.find(By.id("toegang-sleutelfiguren-lezen")).click();
        browser.script("document.getElementById('vervaldatum').value = arguments[0];",
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusMonths(3).toString());
        browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Koppeling maken']"));
        assertThat(browser.heading()).isEqualTo("API-koppeling gemaakt");
        String key = browser.text(By.id("sleutel"));
        assertThat(key).matches("[A-Za-z0-9_-]{43}\\.[A-Za-z0-9_-]{43}");

        assertThat(callApi(key)).isEqualTo(200);

        browser.clickAndLoad(By.linkText("Terug naar de API-koppelingen"));
        assertThat(browser.text(By.cssSelector("main table"))).contains("Datawarehouse reis", "Actief")
                .doesNotContain(key.substring(44));
        browser.clickAndLoad(By.xpath("//main//button[@aria-label='Koppeling Datawarehouse reis intrekken']"));
        assertThat(browser.text(By.cssSelector("main [role=status]"))).contains("De koppeling is ingetrokken");

        assertThat(callApi(key)).isEqualTo(401);
    }
}
