package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The harness itself: the axe-core check and the unchecked-page guard can fail a test. */
@BrowserTest
class AccessibilityCheckTests {

    private static final String INLINE_SCRIPT_PROBE = """
            var script = document.createElement('script');
            script.textContent = 'window.inlineScriptRan = true;';
            document.head.appendChild(script);
            return window.inlineScriptRan === true;""";

    @Test
    void a_violation_fails_the_check_with_its_rule_and_element(Browser browser) {
        browser.visit("/inloggen");
        browser.script("""
                var img = document.createElement('img');
                img.id = 'zonder-alt';
                img.src = '/img/favicon.svg';
                document.querySelector('main').appendChild(img);""");

        assertThatThrownBy(browser::checkAccessibility).isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt [critical]").hasMessageContaining("#zonder-alt");

        browser.script("document.getElementById('zonder-alt').remove();");
        browser.checkAccessibility();
    }

    @Test
    void a_page_wider_than_320_pixels_fails_the_reflow_check(Browser browser) {
        browser.visit("/inloggen");
        browser.script("""
                var wide = document.createElement('div');
                wide.id = 'te-breed';
                wide.style.width = '900px';
                wide.textContent = 'breed';
                document.querySelector('main').appendChild(wide);""");

        assertThatThrownBy(browser::checkAccessibility).isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not reflow at 320 px").hasMessageContaining("div#te-breed");

        browser.script("document.getElementById('te-breed').remove();");
        browser.checkAccessibility();
    }

    @Test
    void an_error_page_inside_a_page_fails_the_whole_page_check(Browser browser) {
        browser.visit("/inloggen");
        browser.script("""
                var second = document.createElement('main');
                second.id = 'tweede';
                document.body.appendChild(second);""");

        assertThatThrownBy(browser::checkAccessibility).isInstanceOf(AssertionError.class)
                .hasMessageContaining("is not whole");

        browser.script("document.getElementById('tweede').remove();");
        browser.checkAccessibility();
    }

    @Test
    void the_strict_content_security_policy_does_not_stop_axe(Browser browser) {
        browser.visit("/inloggen");
        assertThat(browser.script("return typeof window.axe;")).as("axe-core was injected").isEqualTo("object");
        Object inlineScriptRan = browser.script(INLINE_SCRIPT_PROBE);
        assertThat(inlineScriptRan).as("the page's CSP blocks inline scripts").isEqualTo(false);
    }

    @Test
    void interacting_with_a_page_that_was_not_checked_fails(Browser browser) {
        browser.visit("/inloggen");
        browser.find(By.linkText("English")).click();
        browser.waitUntil(ExpectedConditions.urlContains("lang=en"));
        browser.waitUntil(d -> "complete".equals(browser.script("return document.readyState;")));

        assertThatThrownBy(() -> browser.visit("/inloggen")).hasRootCauseInstanceOf(AssertionError.class)
                .rootCause().hasMessageContaining("was not checked with axe-core");

        browser.afterNavigation();
    }
}
