package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;

import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.portal.PortalFixtures;
import nl.sleutelnet.portal.PortalFixtures.Person;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * The coordinator invites a key figure; the key figure follows the link from the mail, sets a
 * password, logs in, sees their contact person and data, asks for a correction and for
 * erasure; the privacy officer sees the erasure request.
 */
@BrowserTest
class JoiningThePortalTests {

    @Autowired
    GreenMail greenMail;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;


    @AfterEach
    void removeTestKeyFigures() {
        new PortalFixtures(keyFigures, accounts, jdbc).cleanUp();
    }

    @Test
    void an_invited_key_figure_joins_uses_the_portal_and_asks_for_erasure(Browser browser) throws Exception {
        Person person = Person.fresh();
        KeyFigureId id = new PortalFixtures(keyFigures, accounts, jdbc).keyFigure(DemoTenants.MAASOEVER, person,
                KeyFigureStatus.ACTIVE);
        UUID noor = staff("Noor Verhoeven");
        UUID daan = staff("Daan Smeets");
        CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> keyFigures.arrangeContact(id, noor, daan, 30));

        LoginSteps.logInDemo(browser, "coordinator@maasoever.demo");
        browser.visit("/sleutelfiguren/" + id.value() + "/portaaltoegang");
        assertThat(browser.heading()).isEqualTo("Portaaltoegang van " + person.displayName());
        assertThat(browser.text(By.id("toegang"))).contains("Nog niet uitgenodigd");
        browser.find(By.id("bevestigd")).click();
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo("De uitnodiging is verstuurd.");
        assertThat(browser.text(By.id("toegang"))).contains("Uitgenodigd; de link werkt tot");
        LoginSteps.logOut(browser);

        String path = PortalFixtures.invitationPath((String) PortalFixtures.mailTo(greenMail, person.email()).getContent());
        browser.visit(path);
        assertThat(browser.heading()).isEqualTo("Uw account voor het portaal");
        assertThat(browser.find(By.id("gebruikersnaam")).getAttribute("value")).isEqualTo(person.email());
        browser.type(By.id("wachtwoord"), PortalFixtures.PASSWORD);
        browser.type(By.id("herhaling"), PortalFixtures.PASSWORD);
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/inloggen");
        assertThat(browser.text(By.cssSelector("main [role=status]"))).contains("Uw account is aangemaakt");

        LoginSteps.logIn(browser, person.email(), PortalFixtures.PASSWORD);
        assertThat(browser.path()).as("no second factor for key figures").isEqualTo("/portaal");
        assertThat(browser.heading()).isEqualTo("Welkom, " + person.displayName());
        assertThat(browser.text(By.cssSelector("main .portal-contact"))).contains("Noor Verhoeven", "Daan Smeets");

        browser.clickAndLoad(By.linkText("Mijn gegevens bekijken"));
        assertThat(browser.text(By.cssSelector("main .portal-section"))).contains(person.familyName(), person.email(),
                "Noor Verhoeven");

        browser.clickAndLoad(By.cssSelector("main .portal-actions a[href='/portaal/gegevens/correctie']"));
        assertThat(browser.heading()).isEqualTo("Een correctie vragen");
        browser.find(By.id("veld-PHONE")).click();
        browser.type(By.id("toelichting"), "Ik heb een nieuw telefoonnummer.");
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/portaal/gegevens");
        assertThat(browser.text(By.id("mijn-verzoeken"))).contains("Correctie", "In behandeling");

        browser.visit("/portaal");
        browser.clickAndLoad(By.linkText("Vragen om mijn gegevens te verwijderen"));
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(By.cssSelector("main .error-summary"))).contains("Vink aan");
        browser.find(By.id("bevestiging")).click();
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(By.cssSelector("main [role=status]"))).contains("verzoek om verwijdering is ontvangen");
        assertThat(browser.text(By.id("verwijderverzoeken"))).contains("Ontvangen");
        LoginSteps.logOut(browser);

        LoginSteps.logInDemo(browser, "fg@maasoever.demo");
        browser.clickAndLoad(By.linkText("Verzoeken van betrokkenen"));
        assertThat(browser.heading()).isEqualTo("Verzoeken van betrokkenen");
        assertThat(browser.text(By.id("verzoeken"))).contains(person.displayName(), "Ontvangen");
        LoginSteps.logOut(browser);

        LoginSteps.logInDemo(browser, "coordinator@maasoever.demo");
        browser.visit("/verzoeken/correcties");
        assertThat(browser.text(By.id("correcties"))).contains(person.displayName(), "Ik heb een nieuw telefoonnummer.");
        browser.visit("/portaaltoegang");
        assertThat(browser.heading()).isEqualTo("Verlopen uitnodigingen");
    }

    private UUID staff(String name) {
        return accounts.staffOf(DemoTenants.MAASOEVER).stream().filter(s -> s.displayName().equals(name))
                .map(StaffMember::id).findFirst().orElseThrow();
    }
}
