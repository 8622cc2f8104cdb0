package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * On a phone, the coordinator opens the contact work list, logs a contact with an overdue key
 * figure in a few taps, lands on that key figure's contacts with a confirmation, and sees the
 * key figure leave the overdue list.
 */
@BrowserTest
class LoggingAContactOnAPhoneTests {

    private static final By OVERDUE_NAMES = By.cssSelector("#te-laat tbody th a");

    @Test
    void coordinator_logs_a_contact_on_a_phone_and_the_key_figure_leaves_the_overdue_list(Browser browser) {
        browser.phone(390, 844);
        LoginSteps.logInDemo(browser, "coordinator@maasoever.demo");

        browser.clickAndLoad(By.linkText("Werklijst contact"));
        assertThat(browser.heading()).isEqualTo("Werklijst contact");
        List<String> overdue = names(browser);
        assertThat(overdue).as("the demo data has key figures overdue for contact").isNotEmpty();
        String name = overdue.get(0);

        // From the key figure's contacts page, as from the key figure's page.
        browser.clickAndLoad(By.linkText(name));
        assertThat(browser.heading()).isEqualTo("Contactmomenten met " + name);
        browser.clickAndLoad(By.cssSelector("main a.button-large"));
        assertThat(browser.heading()).isEqualTo("Contact met " + name + " vastleggen");

        // Nothing chosen yet: the form says what is missing and keeps what was typed.
        browser.type(By.id("notitie"), "Gesproken over de buurtbarbecue.");
        browser.clickAndLoad(By.cssSelector("form.contact-form button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Kies minstens één onderwerp.");
        assertThat(browser.find(By.id("notitie")).getAttribute("value")).isEqualTo("Gesproken over de buurtbarbecue.");

        WebElement topic = browser.find(By.cssSelector("label[for=onderwerp-NEIGHBOURHOOD_LIFE]"));
        assertThat(topic.getSize().getHeight()).as("a touch target of at least 24 px").isGreaterThanOrEqualTo(24);
        topic.click();
        browser.clickAndLoad(By.cssSelector("form.contact-form button[type=submit]"));

        assertThat(browser.heading()).isEqualTo("Contactmomenten met " + name);
        assertThat(browser.text(By.cssSelector("main [role=status]"))).startsWith("Het contactmoment is vastgelegd.");
        assertThat(browser.text(By.cssSelector(".contact-moments"))).contains("Leven in de buurt",
                "Gesproken over de buurtbarbecue.");

        browser.visit("/contact/werklijst");
        assertThat(names(browser)).doesNotContain(name);
    }

    private static List<String> names(Browser browser) {
        return browser.findAll(OVERDUE_NAMES).stream().map(WebElement::getText).toList();
    }
}
