package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * On a phone, the demo key figure reads that acute danger means calling 112, raises a concern
 * without naming anyone, finds it listed as received and opens it to read the municipality's text.
 */
@BrowserTest
class RaisingAConcernInThePortalTests {

    private static final String FACTS = "Op het schoolplein zegt een jongen dat geweld tegen 'die mensen' terecht is.";
    private static final By FIRST_ROW = By.cssSelector("#mijn-zorgen tbody tr:first-child");

    @Test
    void key_figure_reads_the_112_notice_raises_a_concern_and_sees_it_received(Browser browser) {
        browser.phone(390, 844);
        LoginSteps.logInDemo(browser, "sleutelfiguur@maasoever.demo");
        assertThat(browser.path()).isEqualTo("/portaal");

        browser.clickAndLoad(By.linkText("Een zorg delen of mijn zorgmeldingen volgen"));
        assertThat(browser.heading()).isEqualTo("Mijn zorgmeldingen");
        browser.clickAndLoad(By.linkText("Een zorg delen of advies vragen"));

        assertThat(browser.text(By.cssSelector("main .concern-acute"))).contains("Acuut gevaar?",
                "Bel direct 112 of de politie");
        assertThat(browser.text(By.cssSelector("main .concern-signs"))).contains("Een baard, bidden, kleding");
        browser.clickAndLoad(By.linkText("Een zorg over iemand delen"));
        assertThat(browser.heading()).isEqualTo("Een zorg over iemand delen");
        assertThat(browser.text(By.cssSelector("main .concern-acute"))).contains("Bel direct 112");
        assertThat(browser.text(By.id("persoon-hint"))).startsWith("Noem geen naam");

        browser.find(By.cssSelector("label[for=leeftijd-AGE_18_23]")).click();
        browser.type(By.id("feiten"), FACTS);
        browser.type(By.id("tegenindicaties"), "Hij speelt nog gewoon in het voetbalteam.");
        browser.find(By.cssSelector("label[for=bron-OWN_OBSERVATION]")).click();
        browser.find(By.cssSelector("label[for=terugkoppeling-PORTAL_ONLY]")).click();
        browser.clickAndLoad(By.cssSelector("form.concern-form button[type=submit]"));

        assertThat(browser.path()).isEqualTo("/portaal/zorgen");
        assertThat(browser.text(By.cssSelector("main [role=status]"))).startsWith("Uw zorg is gedeeld.");
        assertThat(browser.text(FIRST_ROW)).contains("Ontvangen", "Zorg over iemand", "Nieuw bericht");
        assertThat(browser.script("var r = document.documentElement; return r.scrollWidth - r.clientWidth;"))
                .as("the list fits the phone's width").isEqualTo(0L);
        String reference = browser.text(By.cssSelector("#mijn-zorgen tbody tr:first-child th a"));

        browser.clickAndLoad(By.linkText(reference));
        assertThat(browser.heading()).isEqualTo("Melding " + reference);
        assertThat(browser.text(By.id("status"))).isEqualTo("Ontvangen");
        assertThat(browser.text(By.cssSelector(".concern-messages"))).contains("We hebben uw melding ontvangen.")
                .doesNotContain(FACTS);
    }

    /** The pages with the answer, satisfaction and reopen forms, and the handler's status texts, pass axe too. */
    @Test
    void the_forms_to_answer_rate_and_reopen_and_the_status_texts_are_accessible(Browser browser) {
        LoginSteps.logInDemo(browser, "sleutelfiguur@maasoever.demo");
        browser.visit("/portaal/zorgen");
        java.util.List<String> links = browser.findAll(By.cssSelector("#mijn-zorgen tbody th a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(links).as("the demo key figure's concerns").hasSizeGreaterThanOrEqualTo(3);
        boolean answerForm = false;
        boolean rateOrReopenForm = false;
        for (String link : links) {
            browser.visit(java.net.URI.create(link).getPath());
            answerForm |= !browser.findAll(By.id("antwoord-tekst")).isEmpty();
            rateOrReopenForm |= !browser.findAll(By.id("reden")).isEmpty();
        }
        assertThat(answerForm).as("a demo concern with an open question").isTrue();
        assertThat(rateOrReopenForm).as("a closed demo concern").isTrue();
        LoginSteps.logOut(browser);

        LoginSteps.logInDemo(browser, "zorg@maasoever.demo");
        browser.visit("/instellingen/terugkoppelteksten");
        assertThat(browser.heading()).isEqualTo("Teksten voor de melder");
    }
}
