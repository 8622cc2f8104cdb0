package nl.sleutelnet.browser;

import java.lang.reflect.Method;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A test's view of the browser, pointed at the running application.
 * <p>
 * Every page must pass axe-core: {@link #visit(String)} and {@link #clickAndLoad(By)} check
 * each page they arrive at, and {@link #afterHtmxUpdate()} checks a page after htmx changed
 * it. As a safety net, any click, form submit or navigation on a page that has not been
 * checked fails the test, and so does ending a test on an unchecked page (see
 * {@link BrowserExtension}).
 */
public final class Browser {

    static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** Marks the current document as checked; an htmx swap marks it unchecked again. */
    private static final String MARK_CHECKED = """
            if (!window.__sleutelnetAxeWatch) {
              window.__sleutelnetAxeWatch = true;
              document.addEventListener('htmx:afterSwap', function () { window.__sleutelnetAxeChecked = false; });
            }
            window.__sleutelnetAxeChecked = true;""";
    private static final String IS_CHECKED = "return window.__sleutelnetAxeChecked === true;";
    private static final String HTMX_IDLE =
            "return !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling, .htmx-added');";

    /** WCAG 1.4.10 Reflow: content fits 320 CSS pixels wide without scrolling in two directions. */
    static final int REFLOW_WIDTH = 320;
    private static final String HORIZONTAL_OVERFLOW =
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;";
    /**
     * A whole page as the browser holds it: one main region and the footer that closes the layout
     * (a page cut short lacks the footer; an error page appended inside it brings a second main),
     * and no error page inside another page.
     */
    private static final String PAGE_DEFECT = """
            var mains = document.querySelectorAll('main').length;
            var footers = document.querySelectorAll('footer.site-footer').length;
            if (mains !== 1 || footers !== 1) { return 'main regions: ' + mains + ', footers: ' + footers; }
            var error = document.querySelector('[data-error-page]');
            if (error && document.querySelectorAll('h1').length > 1) { return 'an error page inside the page'; }
            return null;""";

    private final ChromeDriver chrome;
    private final WebDriver driver;
    private final String baseUrl;
    private boolean javaScriptDisabled;
    /** The emulated phone viewport, or null on the desktop. */
    private Map<String, Object> phoneMetrics;

    Browser(ChromeDriver chrome, String baseUrl) {
        this.chrome = chrome;
        this.baseUrl = baseUrl;
        this.driver = new EventFiringDecorator<WebDriver>(new CheckedPageGuard()).decorate(chrome);
    }

    /** Opens a path of the application (e.g. {@code /start}) and checks the page it ends up on. */
    public Browser visit(String path) {
        driver.get(baseUrl + path);
        afterNavigation();
        return this;
    }

    /** Clicks something that loads a new page (a link, a submit button) and checks that page. */
    public Browser clickAndLoad(By target) {
        return clickAndLoad(find(target));
    }

    public Browser clickAndLoad(WebElement target) {
        WebElement page = chrome.findElement(By.tagName("html"));
        target.click();
        waitUntil(d -> isGone(page));
        afterNavigation();
        return this;
    }

    /**
     * Whether the old page's root element is gone. Chromium sometimes answers a question about a node of
     * a document being replaced with "does not belong to the document" instead of a stale-element error.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Types into a field, replacing what was there. */
    public Browser type(By field, String text) {
        WebElement element = waitUntil(ExpectedConditions.elementToBeClickable(field));
        element.clear();
        element.sendKeys(text);
        return this;
    }

    /** Waits until the page has loaded, then runs axe-core on it. */
    public Browser afterNavigation() {
        waitUntil(d -> "complete".equals(script("return document.readyState;")));
        return checkAccessibility();
    }

    /** Waits until htmx has finished swapping and settling, then runs axe-core on the changed page. */
    public Browser afterHtmxUpdate() {
        waitUntil(d -> Boolean.TRUE.equals(script(HTMX_IDLE)));
        return checkAccessibility();
    }

    /**
     * Runs axe-core on the page as it is now and checks that it is whole and reflows at 320 CSS
     * pixels; fails the test on any WCAG 2.1 A/AA violation, a broken page or a horizontal scroll.
     */
    public Browser checkAccessibility() {
        // Marked before the check: a page that failed it should not fail a second time as "unchecked".
        script(MARK_CHECKED);
        if (javaScriptDisabled) {
            // axe-core needs timers and promises. Switching scripts back on does not run the page's
            // own scripts that were skipped while it loaded, so the page stays as without JavaScript.
            scriptExecution(true);
            try {
                checkPage();
            } finally {
                scriptExecution(false);
            }
        } else {
            checkPage();
        }
        return this;
    }

    private void checkPage() {
        Accessibility.check(chrome);
        Object defect = script(PAGE_DEFECT);
        if (defect != null) {
            throw new AssertionError("The page " + chrome.getCurrentUrl() + " is not whole: " + defect);
        }
        checkReflow();
    }

    /** Fails when the page, laid out 320 CSS pixels wide as on a small phone, scrolls sideways. */
    private void checkReflow() {
        emulate(Map.of("width", REFLOW_WIDTH, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        try {
            Number overflow = (Number) script(HORIZONTAL_OVERFLOW);
            if (overflow.intValue() > 0) {
                throw new AssertionError("The page " + chrome.getCurrentUrl() + " does not reflow at " + REFLOW_WIDTH
                        + " px (WCAG 1.4.10): it is " + overflow + " px wider than the screen; widest: "
                        + script(WIDEST_ELEMENTS));
            }
        } finally {
            if (phoneMetrics == null) {
                chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            } else {
                emulate(phoneMetrics);
            }
        }
    }

    /** The elements that stick out on the right, for the failure message. */
    private static final String WIDEST_ELEMENTS = """
            var width = document.documentElement.clientWidth, found = [];
            document.querySelectorAll('body *').forEach(function (e) {
              var r = e.getBoundingClientRect();
              if (r.right > width + 1 && found.length < 5) {
                found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')
                  + ' (' + Math.round(r.right) + ' px)');
              }
            });
            return found.join(', ');""";

    private void emulate(Map<String, Object> metrics) {
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics);
    }

    public WebElement find(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public String text(By by) {
        return find(by).getText();
    }

    public String heading() {
        return text(By.tagName("h1"));
    }

    /** The path and query of the current page, e.g. {@code /sleutelfiguren?zoek=Samira}. */
    public String path() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, TIMEOUT).until(condition);
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) chrome).executeScript(javascript, arguments);
    }

    /**
     * Emulates a device viewport (CSS pixels) in which the page's meta viewport applies, as on a
     * phone. {@link #desktop()} undoes it.
     */
    public Browser phone(int width, int height) {
        phoneMetrics = Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true);
        emulate(phoneMetrics);
        return this;
    }

    public Browser desktop() {
        phoneMetrics = null;
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        return this;
    }

    /** Runs the steps with JavaScript switched off in the page, as for a visitor without scripts. */
    public Browser withoutJavaScript(Runnable steps) {
        scriptExecution(false);
        try {
            steps.run();
        } finally {
            scriptExecution(true);
        }
        return this;
    }

    private void scriptExecution(boolean enabled) {
        chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
        javaScriptDisabled = !enabled;
    }

    WebDriver driver() {
        return driver;
    }

    ChromeDriver chrome() {
        return chrome;
    }

    /** A fresh start for the next test: no cookies (so no session, Dutch) or stored data, desktop size, a blank page. */
    void reset() {
        chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", baseUrl, "storageTypes", "all"));
        scriptExecution(true);
        desktop();
        chrome.get("about:blank");
    }

    /** Fails when the current page of the application has not been through axe-core. */
    void requireCheckedPage() {
        String url = chrome.getCurrentUrl();
        if (url == null || url.startsWith("about:")) {
            return;
        }
        if (!Boolean.TRUE.equals(((JavascriptExecutor) chrome).executeScript(IS_CHECKED))) {
            throw new AssertionError("The page " + url + " (or its last htmx update) was not checked with axe-core. "
                    + "Use visit(..), clickAndLoad(..), afterNavigation() or afterHtmxUpdate().");
        }
    }

    /** Public because Selenium calls it reflectively. */
    public final class CheckedPageGuard implements WebDriverListener {

        @Override
        public boolean throwsExceptions() {
            return true;
        }

        @Override
        public void beforeGet(WebDriver driver, String url) {
            requireCheckedPage();
        }

        @Override
        public void beforeClick(WebElement element) {
            requireCheckedPage();
        }

        @Override
        public void beforeSubmit(WebElement element) {
            requireCheckedPage();
        }

        @Override
        public void beforeAnyNavigationCall(WebDriver.Navigation navigation, Method method, Object[] args) {
            requireCheckedPage();
        }
    }
}
