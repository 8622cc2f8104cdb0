package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.tenancy.DemoTenants;

/** A failed login says the same thing whether or not the account exists. */
@BrowserTest
class LoggingInTests {

    private static final By ERROR = By.id("foutmelding");

    @Autowired
    AccountService accounts;

    @Test
    void a_wrong_password_and_an_unknown_name_get_the_same_generic_error(Browser browser) {
        String username = "medewerker-" + UUID.randomUUID().toString().substring(0, 8) + "@maasoever.test";
        accounts.createStaff(DemoTenants.MAASOEVER, username, "Bas Tester", "Lange-Test-Zin-2026!",
                EnumSet.of(Role.COORDINATOR));

        LoginSteps.logIn(browser, username, "Niet-Het-Goede-Wachtwoord-1");
        assertThat(browser.path()).isEqualTo("/inloggen?fout");
        String wrongPassword = browser.text(ERROR);
        assertThat(wrongPassword).startsWith("Inloggen is niet gelukt")
                .contains("De gebruikersnaam of het wachtwoord klopt niet");
        assertThat(browser.find(By.id("gebruikersnaam")).getAttribute("aria-describedby")).isEqualTo("foutmelding");
        assertThat(browser.script("return document.activeElement && document.activeElement.id;"))
                .as("focus moves to the error so a screen reader announces it").isEqualTo("foutmelding");

        LoginSteps.logIn(browser, "niemand-" + UUID.randomUUID() + "@maasoever.test", "Niet-Het-Goede-Wachtwoord-1");
        assertThat(browser.path()).isEqualTo("/inloggen?fout");
        assertThat(browser.text(ERROR)).isEqualTo(wrongPassword);

        browser.visit("/start");
        assertThat(browser.path()).as("still logged out").isEqualTo("/inloggen");
    }
}
