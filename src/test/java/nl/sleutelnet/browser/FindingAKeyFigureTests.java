package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A coordinator finds a key figure in the list, by a plain search and by live search. */
@BrowserTest
class FindingAKeyFigureTests {

    private static final By RESULT_NAMES = By.cssSelector("#resultaten tbody tr td:first-child a");
    private static final By RESULT_COUNT = By.id("aantal-resultaten");

    @Test
    void coordinator_searches_opens_a_key_figure_reads_it_in_English_and_logs_out(Browser browser) {
        LoginSteps.logInDemo(browser, "coordinator@maasoever.demo");
        assertThat(browser.path()).isEqualTo("/start");
        assertThat(browser.heading()).isEqualTo("Welkom, Noor Verhoeven");

        browser.clickAndLoad(By.linkText("Sleutelfiguren"));
        assertThat(browser.path()).isEqualTo("/sleutelfiguren");
        assertThat(browser.heading()).isEqualTo("Sleutelfiguren");
        int all = names(browser).size();
        assertThat(all).as("the demo municipality's key figures").isGreaterThan(2);
        // Other tests may have registered more than fit on one page: the count names them all.
        String allCount = browser.text(RESULT_COUNT);
        assertThat(allCount).endsWith(" sleutelfiguren");

        // Live search (htmx): typing replaces the results without loading a new page.
        WebElement page = browser.find(By.tagName("html"));
        WebElement status = browser.find(RESULT_COUNT);
        assertThat(status.getAttribute("role")).isEqualTo("status");
        browser.type(By.id("zoek"), "Bosman");
        browser.waitUntil(ExpectedConditions.textToBe(RESULT_COUNT, "2 sleutelfiguren"));
        browser.afterHtmxUpdate();
        assertThat(names(browser)).containsExactlyInAnyOrder("Johan Bosman", "Rachid Bosman");
        assertThat(browser.find(By.tagName("html"))).as("same document, updated in place").isEqualTo(page);
        assertThat(browser.find(RESULT_COUNT)).as("the live status element is kept, so the count is announced")
                .isEqualTo(status);
        assertThat(browser.path()).isEqualTo("/sleutelfiguren?zoek=Bosman");
        assertThat(browser.script("return JSON.stringify(window.localStorage);")).as("htmx keeps no page copies")
                .asString().doesNotContain("Bosman");

        // Back works without those copies: htmx fetches the previous page again.
        browser.driver().navigate().back();
        browser.waitUntil(ExpectedConditions.textToBe(RESULT_COUNT, allCount));
        browser.afterHtmxUpdate();
        assertThat(browser.path()).isEqualTo("/sleutelfiguren");
        assertThat(names(browser)).hasSize(all);

        // Without JavaScript the same form is an ordinary GET form.
        browser.withoutJavaScript(() -> {
            browser.visit("/sleutelfiguren");
            assertThat(browser.script("return typeof window.htmx;")).as("htmx did not load").isEqualTo("undefined");
            browser.type(By.id("zoek"), "Samira");
            browser.clickAndLoad(By.cssSelector("form[role=search] button[type=submit]"));
        });
        // A plain GET form sends its (empty) filters along; the name comes first.
        assertThat(browser.path()).startsWith("/sleutelfiguren?zoek=Samira&");
        assertThat(browser.text(RESULT_COUNT)).isEqualTo("1 sleutelfiguur");
        assertThat(names(browser)).containsExactly("Samira van den Berg");

        browser.clickAndLoad(By.linkText("Samira van den Berg"));
        assertThat(browser.path()).startsWith("/sleutelfiguren/");
        assertThat(browser.heading()).isEqualTo("Samira van den Berg");
        assertThat(browser.text(By.cssSelector(".details"))).contains("Rollen", "Wijken en buurten", "Centrum");

        browser.clickAndLoad(By.linkText("English"));
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.heading()).isEqualTo("Samira van den Berg");
        assertThat(browser.text(By.cssSelector(".details"))).contains("Roles", "Neighbourhoods");
        assertThat(browser.text(By.cssSelector(".breadcrumb"))).isEqualTo("Back to key figures");

        LoginSteps.logOut(browser);
        assertThat(browser.path()).isEqualTo("/inloggen?uitgelogd");
        assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo("You have been logged out.");
        browser.visit("/start");
        assertThat(browser.path()).as("the session has ended").isEqualTo("/inloggen");
    }

    private static List<String> names(Browser browser) {
        return browser.findAll(RESULT_NAMES).stream().map(WebElement::getText).toList();
    }
}
