package nl.sleutelnet.browser;

import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Runs axe-core in the current page and fails on any WCAG 2.0/2.1 level A or AA violation.
 * Axe is injected through WebDriver's script execution, which the page's Content Security
 * Policy does not govern, so the strict CSP needs no exception.
 */
final class Accessibility {

    /** WCAG 2.1 AA: the level the Dutch government requires (EN 301 549). */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * Only the WCAG 2.1 A/AA rules, and full details for violations only: passing nodes are
     * not sent back to the test, which keeps each check fast.
     */
    private static final AxeRunOptions OPTIONS = new AxeRunOptions();

    static {
        AxeRunOnlyOptions runOnly = new AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(WCAG_21_AA);
        OPTIONS.setRunOnly(runOnly);
        OPTIONS.setResultTypes(List.of("violations"));
    }

    private Accessibility() {
    }

    /** Analyses the whole document; throws an {@link AssertionError} listing every violation. */
    static void check(WebDriver driver) {
        // Legacy mode runs axe.run() in the page itself. The default mode opens an extra
        // about:blank window for every check to combine results from cross-origin iframes,
        // which the application does not have; that only costs time.
        Results results = new AxeBuilder().withOptions(OPTIONS).setLegacyMode(true).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not analyse " + driver.getCurrentUrl() + ": "
                    + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(report(driver.getCurrentUrl(), violations));
        }
    }

    static String report(String url, List<Rule> violations) {
        StringBuilder text = new StringBuilder().append("axe-core found ").append(violations.size())
                .append(" WCAG 2.1 A/AA violation(s) on ").append(url).append(':');
        for (Rule rule : violations) {
            text.append("\n  - ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                    .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(')');
            for (CheckedNode node : rule.getNodes()) {
                text.append("\n      at ").append(target(node.getTarget()));
                if (node.getFailureSummary() != null) {
                    text.append(": ").append(node.getFailureSummary().replace('\n', ' '));
                }
            }
        }
        return text.toString();
    }

    private static String target(Object target) {
        if (target instanceof List<?> selectors) {
            return selectors.stream().map(String::valueOf).collect(Collectors.joining(" >>> "));
        }
        return String.valueOf(target);
    }
}
