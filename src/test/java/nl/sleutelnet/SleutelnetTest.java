package nl.sleutelnet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring test context of the suite: the whole application on a random port, with
 * a throw-away embedded PostgreSQL, the demo region loaded and a real SMTP server
 * ({@link TestMailServer}), and statements counted per request where a test asks for it
 * ({@link StatementCounter}). Use it on every integration
 * test (do not add properties per test: each variation starts another context).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sleutelnet.database.data-directory=", "sleutelnet.database.port=0",
        // Every test signs in from localhost: the per-address limit would lock the suite out.
        // ThrottlingSignInsPerAddressTests tests that limit with counters of its own.
        "sleutelnet.security.max-failed-logins-per-address=1000000" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = { TestMailServer.class, StatementCounter.class })
public @interface SleutelnetTest {
}
