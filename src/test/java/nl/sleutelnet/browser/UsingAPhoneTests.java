package nl.sleutelnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** On a phone-size screen the pages fit the width (WCAG 1.4.10 reflow) and stay accessible. */
@BrowserTest
class UsingAPhoneTests {

    private static final String HORIZONTAL_OVERFLOW = """
            var root = document.documentElement;
            return Math.max(root.scrollWidth, document.body.scrollWidth) - root.clientWidth;""";

    /** The outermost elements that stick out to the right, to say what to fix. */
    private static final String WIDE_ELEMENTS = """
            var width = document.documentElement.clientWidth, wide = [];
            document.querySelectorAll('body *').forEach(function (e) {
              if (e.getBoundingClientRect().right > width + 0.5 && !wide.some(function (w) { return w.contains(e); })) {
                var scrolls = false;
                for (var p = e.parentElement; p; p = p.parentElement) {
                  if (getComputedStyle(p).overflowX !== 'visible') { scrolls = true; break; }
                }
                if (!scrolls) wide.push(e);
              }
            });
            return wide.map(function (e) {
              return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                + ' right=' + Math.round(e.getBoundingClientRect().right);
            }).join(', ');""";

    @Test
    void pages_fit_a_phone_screen_without_horizontal_scrolling(Browser browser) {
        browser.phone(390, 844);

        LoginSteps.logInDemo(browser, "coordinator@maasoever.demo");
        assertThat(browser.script("return window.innerWidth;")).isEqualTo(390L);
        assertThat(browser.heading()).isEqualTo("Welkom, Noor Verhoeven");
        assertFitsTheWidth(browser);

        browser.clickAndLoad(By.linkText("Naar de sleutelfiguren"));
        assertThat(browser.heading()).isEqualTo("Sleutelfiguren");
        assertFitsTheWidth(browser);

        browser.visit("/inloggen?lang=en");
        assertFitsTheWidth(browser);
    }

    @Test
    void the_audit_trail_fits_a_phone_screen(Browser browser) {
        browser.phone(390, 844);
        LoginSteps.logInDemo(browser, "fg@maasoever.demo");
        browser.visit("/beheer/audit");
        assertThat(browser.heading()).isEqualTo("Auditlogboek");
        assertFitsTheWidth(browser);
    }

    private static void assertFitsTheWidth(Browser browser) {
        assertThat(browser.script(HORIZONTAL_OVERFLOW))
                .as(() -> "pixels of horizontal overflow on " + browser.path() + " (too wide: "
                        + browser.script(WIDE_ELEMENTS) + ")")
                .isEqualTo(0L);
    }
}
