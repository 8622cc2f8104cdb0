package nl.sleutelnet.browser;

import org.openqa.selenium.By;

/** Steps shared by the journeys: logging in and out through the real forms. */
final class LoginSteps {

    /** The password of every demo account (see IdentityDemoData). */
    static final String DEMO_PASSWORD = "Demo-Sleutelnet-2026";

    private LoginSteps() {
    }

    /** Fills in the login form and submits it; the browser ends on whatever page login leads to. */
    static void logIn(Browser browser, String username, String password) {
        browser.visit("/inloggen");
        browser.type(By.id("gebruikersnaam"), username);
        browser.type(By.id("wachtwoord"), password);
        browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
    }

    /** Logs in with a demo account, which needs no second factor in demo mode. */
    static void logInDemo(Browser browser, String username) {
        logIn(browser, username, DEMO_PASSWORD);
    }

    /** Uses the log-out button in the page header. */
    static void logOut(Browser browser) {
        browser.clickAndLoad(By.cssSelector("header form.logout button[type=submit]"));
    }
}
