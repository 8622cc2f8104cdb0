package nl.sleutelnet.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives browser tests a {@link Browser}: one Chromium for the whole test run, reset before
 * each test. Skips the tests when Chromium or chromedriver is not installed. On a failure it
 * saves a screenshot and the page source in {@code target/browser-failures/}. After each test
 * it fails when the page the test ended on was not checked with axe-core.
 */
class BrowserExtension implements ExecutionCondition, BeforeEachCallback, AfterEachCallback, ParameterResolver,
        TestWatcher {

    static final Path FAILURES = Path.of("target", "browser-failures");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    /** Decided before the test class is set up, so a machine without Chromium does not start Spring for it. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> missing = Chromium.missing();
        if (missing.isPresent()) {
            if (context.getTestMethod().isEmpty()) {
                System.err.println(context.getDisplayName() + ": " + missing.get());
            }
            return ConditionEvaluationResult.disabled(missing.get());
        }
        return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser(context).reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            browser(context).requireCheckedPage();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser browser = classStore(context).get(Browser.class, Browser.class);
        if (browser == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        try {
            Files.createDirectories(FAILURES);
            Path screenshot = FAILURES.resolve(name + ".png");
            Path source = FAILURES.resolve(name + ".html");
            Files.write(screenshot, browser.chrome().getScreenshotAs(OutputType.BYTES));
            Files.writeString(source, "<!-- " + browser.url() + " -->\n" + browser.chrome().getPageSource(),
                    StandardCharsets.UTF_8);
            System.err.println("Browser test failed at " + browser.url() + "; saved " + screenshot.toAbsolutePath()
                    + " and " + source.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save the browser state of failed test " + name + ": " + e);
        }
    }

    /** The browser for this test class; the Chromium process is shared by the whole run and closed at its end. */
    private static Browser browser(ExtensionContext context) {
        return classStore(context).computeIfAbsent(Browser.class, key -> {
            Chromium chromium = context.getRoot().getStore(NAMESPACE)
                    .computeIfAbsent(Chromium.class, k -> Chromium.start(), Chromium.class);
            return new Browser(chromium.driver(), baseUrl(context));
        }, Browser.class);
    }

    /** The test class's store: still open when {@link TestWatcher} methods run, unlike the test method's. */
    private static ExtensionContext.Store classStore(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE);
    }

    private static String baseUrl(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        return "http://localhost:" + port;
    }
}
