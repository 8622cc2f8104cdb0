package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * A coordinator imports the messy sample spreadsheet: a file that is too large first, then the
 * sample; maps the columns, reads the report, merges the one duplicate of the register,
 * commits, and finds an imported key figure in the register.
 */
@BrowserTest
class ImportingASpreadsheetTests {

    @Autowired
    JdbcClient jdbc;

    Set<UUID> before;
    Path tooLarge;

    @BeforeEach
    void remember() throws IOException {
        before = ids();
        tooLarge = Files.createTempFile("te-groot", ".csv");
        try (RandomAccessFile file = new RandomAccessFile(tooLarge.toFile(), "rw")) {
            file.setLength(11L * 1024 * 1024);
        }
    }

    @AfterEach
    void removeImported() throws IOException {
        Files.deleteIfExists(tooLarge);
        CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> {
            for (UUID id : ids()) {
                if (!before.contains(id)) {
                    jdbc.sql("delete from key_figure where id = ?").param(id).update();
                }
            }
        });
    }

    @Test
    void coordinator_imports_the_messy_sample_merges_the_duplicate_and_finds_the_new_key_figure(Browser browser)
            throws URISyntaxException {
        LoginSteps.logInDemo(browser, "coordinator@maasoever.demo");
        browser.visit("/sleutelfiguren/import");
        assertThat(browser.heading()).isEqualTo("Sleutelfiguren importeren");

        // Over the upload limit: the upload page again, with a plain message.
        browser.find(By.name("bestand")).sendKeys(tooLarge.toString());
        browser.clickAndLoad(By.cssSelector("form[enctype] button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/sleutelfiguren/import");
        assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Het bestand is te groot");

        Path sample = Path.of(getClass().getResource("/import/sleutelfiguren-rommelig.csv").toURI());
        browser.find(By.name("bestand")).sendKeys(sample.toAbsolutePath().toString());
        browser.clickAndLoad(By.cssSelector("form[enctype] button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("Kolommen koppelen");
        assertThat(browser.text(By.tagName("main"))).contains("31 rijen ingelezen.", "Yildirim-Bakker");
        assertThat(new Select(browser.find(By.id("kolom3"))).getFirstSelectedOption().getText()).isEqualTo("E-mail");
        assertThat(new Select(browser.find(By.id("kolom12"))).getFirstSelectedOption().getText())
                .as("the notes column is not imported").isEqualTo("Niet importeren");

        browser.clickAndLoad(By.id("naar-controle"));
        assertThat(browser.heading()).isEqualTo("Controleren");
        assertThat(browser.text(By.id("aantal-nieuw"))).isEqualTo("14");
        assertThat(browser.text(By.id("aantal-fout"))).isEqualTo("13");
        assertThat(browser.text(By.id("fouten-tabel"))).contains("Dit is geen geldig e-mailadres.", "Zeeheldenkwartier");
        WebElement duplicate = browser.find(By.id("dubbel-4"));
        assertThat(duplicate.getText()).contains("Rij 4: Samira v.d. Berg lijkt op Samira van den Berg (zelfde naam)");
        assertThat(browser.find(By.id("dubbel-4-overslaan")).isSelected()).as("skip is the default").isTrue();

        browser.find(By.id("dubbel-4-samenvoegen")).click();
        browser.find(By.id("fouten-overslaan")).click();
        browser.clickAndLoad(By.id("vastleggen"));
        assertThat(browser.heading()).isEqualTo("Import vastgelegd");
        assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo("De import is vastgelegd.");
        assertThat(browser.text(By.id("aantal-nieuw"))).isEqualTo("14");
        assertThat(browser.text(By.id("aantal-samengevoegd"))).isEqualTo("1");

        browser.clickAndLoad(By.linkText("Naar de sleutelfiguren"));
        browser.visit("/sleutelfiguren?zoek=Yildirim");
        browser.clickAndLoad(By.linkText("Aylin Yildirim-Bakker"));
        assertThat(browser.heading()).isEqualTo("Aylin Yildirim-Bakker");
        assertThat(browser.text(By.cssSelector(".details"))).contains("Centrum");
    }

    private Set<UUID> ids() {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER,
                () -> new HashSet<>(jdbc.sql("select id from key_figure").query(UUID.class).list()));
    }
}
