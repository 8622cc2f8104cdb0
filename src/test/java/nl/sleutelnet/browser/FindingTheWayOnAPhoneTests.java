package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * On a phone the header stays small and the menu folds away behind one button; it opens
 * without any script of ours, and its groups open like the desktop menus.
 */
@BrowserTest
class FindingTheWayOnAPhoneTests {

    @Test
    void the_header_is_compact_and_the_menu_opens_from_its_button(Browser browser) {
        browser.phone(390, 844);
        LoginSteps.logInDemo(browser, "coordinator@maasoever.demo");
        assertThat(browser.heading()).isEqualTo("Welkom, Noor Verhoeven");

        Number header = (Number) browser.script("return document.querySelector('header').getBoundingClientRect().height;");
        assertThat(header.doubleValue()).as("header height on a 844 px high phone").isLessThan(844 * 0.25);
        assertThat(browser.findAll(By.cssSelector("#hoofdmenu")).get(0).isDisplayed()).as("folded away").isFalse();

        browser.find(By.cssSelector("nav.main-nav .menu-button")).click();
        assertThat(browser.find(By.id("hoofdmenu")).isDisplayed()).isTrue();
        browser.find(By.xpath("//ul[@id='hoofdmenu']//summary[normalize-space()='Netwerk']")).click();
        browser.checkAccessibility();
        browser.clickAndLoad(By.cssSelector("#hoofdmenu a[href='/organisaties']"));
        assertThat(browser.path()).isEqualTo("/organisaties");
    }

    @Test
    void on_a_wide_screen_the_groups_are_menus_in_one_row_with_one_current_item(Browser browser) {
        LoginSteps.logInDemo(browser, "coordinator@maasoever.demo");
        browser.visit("/sleutelfiguren/import");
        assertThat(browser.findAll(By.cssSelector("nav.main-nav [aria-current='page']"))).hasSize(1);
        Number rows = (Number) browser.script("""
                var tops = new Set();
                document.querySelectorAll('#hoofdmenu > li').forEach(function (li) { tops.add(Math.round(li.getBoundingClientRect().top)); });
                return tops.size;""");
        assertThat(rows.intValue()).as("rows of the menu bar").isEqualTo(1);
        browser.find(By.xpath("//ul[@id='hoofdmenu']//summary[normalize-space()='Contact']")).click();
        browser.clickAndLoad(By.linkText("Afstemming"));
        assertThat(browser.path()).isEqualTo("/contact/afstemming");
    }
}
