package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.sleutelnet.identity.AccountSetupLinks;
import nl.sleutelnet.identity.platform.PlatformAdministration;

/**
 * A platform administrator's first day, in the browser with axe on every page: the set-up link
 * (a refused password first), the second factor, then a region, a municipality and its first
 * administrator, whose link is shown once; and a used link's page.
 */
@BrowserTest
class SettingUpThePlatformJourneyTests {

    private static final String PASSWORD = "het veer vaart elk uur naar de overkant";

    @Autowired
    PlatformAdministration platform;

    @Autowired
    JdbcClient jdbc;

    private static String path(String link) {
        return link.substring(link.indexOf(AccountSetupLinks.PATH));
    }

    @Test
    void a_platform_administrator_sets_up_the_account_and_adds_a_municipality_with_its_first_administrator(Browser browser) {
        String email = "platform-" + UUID.randomUUID().toString().substring(0, 8) + "@beheer.test";
        String link = path(platform.createPlatformAdministrator("Pia Platform", email).link());

        browser.visit(link);
        assertThat(browser.heading()).isEqualTo("Uw account instellen");
        browser.type(By.id("wachtwoord"), "kort").type(By.id("herhaling"), "kort");
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(By.id("wachtwoord-fout"))).contains("korter dan 12 tekens");

        browser.type(By.id("wachtwoord"), PASSWORD).type(By.id("herhaling"), PASSWORD);
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/tweede-factor/instellen");
        browser.type(By.id("code"), Totp.code(browser.text(By.id("totp-secret"))));
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("Uw herstelcodes");
        browser.clickAndLoad(By.linkText("Ik heb de codes bewaard, doorgaan"));
        assertThat(browser.path()).isEqualTo("/platform");
        assertThat(browser.heading()).isEqualTo("Regio's en gemeenten");

        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(By.id("naam-fout"))).isEqualTo("Vul een naam in.");
        String region = "Regio " + UUID.randomUUID().toString().substring(0, 8);
        browser.type(By.id("naam"), region);
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.heading()).isEqualTo(region);

        browser.type(By.id("naam"), "Veerdam").type(By.id("cbsCode"), "GM12");
        browser.clickAndLoad(By.cssSelector("form[action$='/gemeente'] button[type=submit]"));
        assertThat(browser.text(By.id("cbsCode-fout"))).contains("GM gevolgd door vier cijfers");
        browser.type(By.id("cbsCode"), freeCode());
        browser.clickAndLoad(By.cssSelector("form[action$='/gemeente'] button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("Veerdam");

        browser.type(By.id("naam"), "Bram Beheer").type(By.id("email"), "bram-" + UUID.randomUUID() + "@veerdam.test");
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("Account aangemaakt");
        String adminLink = browser.find(By.id("instellink")).getAttribute("value");
        assertThat(adminLink).contains(AccountSetupLinks.PATH);

        browser.visit(link);
        assertThat(browser.heading()).as("the platform administrator's own link is used up")
                .isEqualTo("Deze link werkt niet (meer)");
        browser.visit(path(adminLink));
        assertThat(browser.heading()).isEqualTo("Uw account instellen");
    }

    private String freeCode() {
        while (true) {
            String code = String.format("GM%04d", 5000 + ThreadLocalRandom.current().nextInt(5000));
            if (jdbc.sql("select count(*) from municipality where cbs_code = ?").param(code).query(Long.class).single() == 0) {
                return code;
            }
        }
    }
}
