package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Concern handlers at work: a handler records a concern a key figure shared with them, sees it on
 * the work list, acknowledges it with a line of their own, asks for more information; a colleague
 * has to approve a handover. Every page is checked with axe.
 */
@BrowserTest
class HandlingAConcernJourneyTests {

    private static final String KEY_FIGURE = "00000000-0000-4000-8000-000000000101";

    @Test
    void a_handler_records_a_concern_and_a_second_handler_approves_the_handover(Browser browser) {
        LoginSteps.logInDemo(browser, "zorg@maasoever.demo");
        browser.clickAndLoad(By.linkText("Zorgmeldingen"));
        assertThat(browser.heading()).isEqualTo("Zorgmeldingen");
        assertThat(browser.text(By.cssSelector(".concern-counts"))).contains("te laat met terugkoppeling");

        browser.visit("/sleutelfiguren/" + KEY_FIGURE);
        browser.clickAndLoad(By.linkText("Zorg vastleggen namens deze sleutelfiguur"));
        assertThat(browser.heading()).isEqualTo("Zorg vastleggen namens een sleutelfiguur");
        assertThat(browser.text(By.cssSelector("main .alert-warning"))).contains("geen signalen", "112");
        browser.clickAndLoad(By.cssSelector("form.concern-form button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Kies een leeftijdsgroep",
                "Beschrijf wat u zelf hebt gezien of gehoord.");

        browser.find(By.id("soort-CONCERN")).click();
        new Select(browser.find(By.id("leeftijd"))).selectByVisibleText("18 tot en met 23");
        browser.type(By.id("feiten"), "Hij vertelt in de sportkantine dat geweld tegen 'verraders' gerechtvaardigd is.");
        browser.type(By.id("tegenindicaties"), "Hij traint nog elke week en helpt bij de jeugd.");
        browser.find(By.id("bron-OWN_OBSERVATION")).click();
        browser.find(By.id("terugkoppeling-CONTACT_PERSON")).click();
        browser.clickAndLoad(By.cssSelector("form.concern-form button[type=submit]"));
        assertThat(browser.text(By.cssSelector("main [role=status]"))).contains("De melding is vastgelegd");
        String reference = browser.text(By.cssSelector("h1 span"));
        assertThat(reference).matches("ZM-\\d{4}-\\d{4,}");
        assertThat(browser.text(By.cssSelector(".concern-narrative"))).contains("sportkantine");

        browser.type(By.id("bericht-bevestigen"), "Ik neem deze week contact met u op.");
        browser.clickAndLoad(By.xpath("//button[normalize-space()='Ontvangst bevestigen']"));
        assertThat(browser.text(By.cssSelector("main [role=status]"))).contains("De ontvangst is bevestigd");
        browser.clickAndLoad(By.xpath("//button[normalize-space()='Beoordeling starten']"));
        browser.find(By.id("uitkomst-HANDED_OVER")).click();
        browser.type(By.id("onderbouwing"), "Besproken met de wijkagent; weegploeg gaat erover.");
        new Select(browser.find(By.id("ontvanger"))).selectByValue("TRIAGE_TEAM");
        browser.clickAndLoad(By.xpath("//button[normalize-space()='Uitkomst vastleggen']"));
        assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Kies de grondslag voor de overdracht.");
        new Select(browser.find(By.id("grondslag"))).selectByValue("PUBLIC_TASK");
        browser.clickAndLoad(By.xpath("//button[normalize-space()='Uitkomst vastleggen']"));
        assertThat(browser.text(By.cssSelector("h1 .badge"))).isEqualTo("Wacht op tweede behandelaar");
        assertThat(browser.findAll(By.xpath("//button[normalize-space()='Goedkeuren']"))).as("no approving one's own")
                .isEmpty();
        String concernPath = browser.path();
        LoginSteps.logOut(browser);

        LoginSteps.logInDemo(browser, "zorg2@maasoever.demo");
        browser.visit("/zorgmeldingen?weergave=approval");
        assertThat(browser.text(By.cssSelector("main table"))).contains(reference);
        browser.clickAndLoad(By.linkText(reference));
        assertThat(browser.path()).isEqualTo(concernPath);
        assertThat(browser.text(By.cssSelector(".concern-steps"))).contains("Een collega stelt deze uitkomst voor");
        browser.clickAndLoad(By.xpath("//button[normalize-space()='Goedkeuren']"));
        assertThat(browser.text(By.cssSelector("h1 .badge"))).isEqualTo("Overgedragen");
        assertThat(browser.text(By.cssSelector("#uitkomst-kop + dl"))).contains("Weegploeg", "Taak van algemeen belang");
        assertThat(browser.text(By.cssSelector("main table"))).as("history").contains("Wacht op tweede behandelaar → Overgedragen");
        LoginSteps.logOut(browser);
    }

    /**
     * The whole loop of the issue: the key figure raises a concern in the portal; a handler acknowledges
     * and asks for more information; the key figure answers; a second handler approves the handover;
     * the key figure sees the status and answers the satisfaction question; another municipality's
     * handler cannot find it.
     */
    @Test
    void a_concern_raised_in_the_portal_comes_back_to_the_reporter_at_every_step(Browser browser) {
        LoginSteps.logInDemo(browser, "sleutelfiguur@maasoever.demo");
        browser.visit("/portaal/zorgen/nieuw?soort=CONCERN");
        browser.find(By.cssSelector("label[for=leeftijd-AGE_12_17]")).click();
        browser.type(By.id("feiten"), "Een jongen uit de buurt deelt berichten die oproepen tot geweld.");
        browser.find(By.cssSelector("label[for=bron-OWN_OBSERVATION]")).click();
        browser.find(By.cssSelector("label[for=terugkoppeling-EMAIL_AND_PORTAL]")).click();
        browser.clickAndLoad(By.cssSelector("form.concern-form button[type=submit]"));
        String reference = browser.text(By.cssSelector("#mijn-zorgen tbody tr:first-child th a"));
        String portalPath = browser.find(By.linkText(reference)).getAttribute("href");
        LoginSteps.logOut(browser);

        LoginSteps.logInDemo(browser, "zorg@maasoever.demo");
        browser.visit("/zorgmeldingen?kenmerk=" + reference);
        browser.clickAndLoad(By.linkText(reference));
        String concernPath = browser.path();
        assertThat(browser.text(By.cssSelector(".concern-narrative"))).contains("oproepen tot geweld");
        browser.clickAndLoad(By.xpath("//button[normalize-space()='Ontvangst bevestigen']"));
        browser.clickAndLoad(By.xpath("//button[normalize-space()='Beoordeling starten']"));
        browser.type(By.id("vraag"), "Op welk platform ziet u de berichten?");
        browser.clickAndLoad(By.xpath("//button[normalize-space()='Vraag stellen aan de melder']"));
        assertThat(browser.text(By.cssSelector("h1 .badge"))).isEqualTo("Vraag aan melder");
        LoginSteps.logOut(browser);

        LoginSteps.logInDemo(browser, "sleutelfiguur@maasoever.demo");
        browser.visit(java.net.URI.create(portalPath).getPath());
        assertThat(browser.text(By.id("status"))).isEqualTo("Vraag aan u");
        assertThat(browser.text(By.cssSelector(".concern-messages"))).contains("Op welk platform ziet u de berichten?");
        browser.type(By.id("antwoord-tekst"), "In een groepsapp van de sportclub.");
        browser.clickAndLoad(By.cssSelector("#antwoord button[type=submit]"));
        assertThat(browser.text(By.id("status"))).isEqualTo("Wordt beoordeeld");
        LoginSteps.logOut(browser);

        LoginSteps.logInDemo(browser, "zorg@maasoever.demo");
        browser.visit(concernPath);
        assertThat(browser.text(By.cssSelector(".concern-messages"))).contains("In een groepsapp van de sportclub.");
        browser.find(By.id("uitkomst-HANDED_OVER")).click();
        browser.type(By.id("onderbouwing"), "Oproepen tot geweld: naar het Zorg- en Veiligheidshuis.");
        new Select(browser.find(By.id("ontvanger"))).selectByValue("SAFETY_HOUSE");
        new Select(browser.find(By.id("grondslag"))).selectByValue("SAFETY_HOUSE_COVENANT");
        browser.clickAndLoad(By.xpath("//button[normalize-space()='Uitkomst vastleggen']"));
        LoginSteps.logOut(browser);

        LoginSteps.logInDemo(browser, "zorg2@maasoever.demo");
        browser.visit(concernPath);
        browser.clickAndLoad(By.xpath("//button[normalize-space()='Goedkeuren']"));
        browser.clickAndLoad(By.xpath("//button[normalize-space()='Afsluiten']"));
        assertThat(browser.text(By.cssSelector("h1 .badge"))).isEqualTo("Afgesloten");
        LoginSteps.logOut(browser);

        LoginSteps.logInDemo(browser, "sleutelfiguur@maasoever.demo");
        browser.visit(java.net.URI.create(portalPath).getPath());
        assertThat(browser.text(By.id("status"))).isEqualTo("Afgesloten");
        assertThat(browser.text(By.cssSelector(".concern-messages"))).contains("overgedragen")
                .doesNotContain("Zorg- en Veiligheidshuis", "Oproepen tot geweld: naar");
        browser.find(By.cssSelector("label[for=tevredenheid-SATISFIED]")).click();
        browser.clickAndLoad(By.xpath("//button[normalize-space()='Antwoord versturen']"));
        assertThat(browser.findAll(By.id("tevredenheid-kop"))).as("answered once").isEmpty();
        LoginSteps.logOut(browser);

        LoginSteps.logInDemo(browser, "zorg@waalbergen.demo");
        browser.visit("/zorgmeldingen?kenmerk=" + reference);
        assertThat(browser.text(By.cssSelector("main"))).contains("Er zijn geen meldingen gevonden.");
        browser.visit(concernPath);
        assertThat(browser.heading()).contains("niet gevonden");
    }
}
