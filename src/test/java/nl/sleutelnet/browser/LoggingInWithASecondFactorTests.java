package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.tenancy.DemoTenants;

/** Staff accounts outside the demo must set up and use an authenticator app (TOTP). */
@BrowserTest
class LoggingInWithASecondFactorTests {

    private static final String PASSWORD = "Lange-Test-Zin-2026!";
    private static final String WRONG_CODE_MESSAGE =
            "Deze code klopt niet of is al gebruikt. Wacht op de volgende code en probeer het opnieuw.";

    @Autowired
    AccountService accounts;

    @Test
    void new_staff_member_sets_up_the_app_and_later_logs_in_with_a_recovery_code(Browser browser) {
        String username = newStaffMember("Merel Tester");

        LoginSteps.logIn(browser, username, PASSWORD);
        assertThat(browser.path()).isEqualTo("/tweede-factor/instellen");
        assertThat(browser.heading()).isEqualTo("Tweede stap instellen");
        assertThat(browser.find(By.cssSelector("img.qr")).getAttribute("alt")).isNotBlank();

        String secret = browser.text(By.id("totp-secret"));
        browser.type(By.id("code"), Totp.code(secret));
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("Uw herstelcodes");
        List<String> recoveryCodes = browser.findAll(By.cssSelector("#herstelcodes li")).stream()
                .map(WebElement::getText).toList();
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates().allSatisfy(code -> assertThat(code).isNotBlank());

        browser.clickAndLoad(By.linkText("Ik heb de codes bewaard, doorgaan"));
        assertThat(browser.path()).isEqualTo("/start");
        assertThat(browser.heading()).isEqualTo("Welkom, Merel Tester");

        LoginSteps.logOut(browser);
        assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo("U bent uitgelogd.");

        LoginSteps.logIn(browser, username, PASSWORD);
        assertThat(browser.path()).isEqualTo("/tweede-factor");
        assertThat(browser.heading()).isEqualTo("Tweede stap van het inloggen");

        browser.type(By.id("code"), Totp.wrongCode(secret));
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(By.id("codefout"))).isEqualTo(WRONG_CODE_MESSAGE);
        browser.visit("/start");
        assertThat(browser.path()).as("a wrong code does not log in").isEqualTo("/tweede-factor");

        browser.find(By.cssSelector("details.recovery summary")).click();
        browser.type(By.id("herstelcode"), recoveryCodes.get(0));
        browser.clickAndLoad(By.cssSelector("details.recovery button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/start");
        assertThat(browser.heading()).isEqualTo("Welkom, Merel Tester");
    }

    @Test
    void a_wrong_code_while_setting_up_shows_an_error_and_does_not_log_in(Browser browser) {
        String username = newStaffMember("Joost Tester");
        LoginSteps.logIn(browser, username, PASSWORD);
        assertThat(browser.path()).isEqualTo("/tweede-factor/instellen");

        String secret = browser.text(By.id("totp-secret"));
        browser.type(By.id("code"), Totp.wrongCode(secret));
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("Tweede stap instellen");
        assertThat(browser.text(By.cssSelector("main .alert-error"))).isEqualTo(WRONG_CODE_MESSAGE);
        assertThat(browser.text(By.id("totp-secret"))).as("the same secret, to try again").isEqualTo(secret);

        browser.visit("/start");
        assertThat(browser.path()).isEqualTo("/tweede-factor/instellen");
        assertThat(browser.heading()).isEqualTo("Tweede stap instellen");
    }

    private String newStaffMember(String name) {
        String username = "medewerker-" + UUID.randomUUID().toString().substring(0, 8) + "@maasoever.test";
        accounts.createStaff(DemoTenants.MAASOEVER, username, name, PASSWORD, EnumSet.of(Role.COORDINATOR));
        return username;
    }
}
