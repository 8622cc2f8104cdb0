package nl.sleutelnet.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.sleutelnet.SleutelnetTest;

/**
 * A journey through the running application in the system Chromium, with an axe-core check
 * of every page. Test methods take a {@link Browser} parameter. Uses the suite's one Spring
 * context ({@link SleutelnetTest}); skipped when Chromium is not installed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SleutelnetTest
@ExtendWith(BrowserExtension.class)
@Tag("browser")
public @interface BrowserTest {
}
