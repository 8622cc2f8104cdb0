package nl.sleutelnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;

import org.springframework.test.web.servlet.ResultMatcher;

/**
 * A page is whole, not only answered: one {@code <html>} document, a complete transfer (it
 * ends with {@code </html>}) and no error page inside it. A template that fails while it
 * streams still answers 200 and cuts the transfer short, and the error page is then appended
 * inside the half-written page. Use {@link #isWhole()} with MockMvc, {@link #assertWhole(String)}
 * on any text that claims to be a page.
 */
public final class WholePage {

    /** The attribute the error page carries (templates/error/page.html). */
    public static final String ERROR_MARKER = "data-error-page";

    private WholePage() {
    }

    /** A MockMvc result matcher: the body is one whole document, and a 2xx answer holds no error page. */
    public static ResultMatcher isWhole() {
        return result -> {
            String body = body(result.getResponse());
            assertWhole(body);
            if (result.getResponse().getStatus() < 300) {
                assertThat(body).as("a successful page holds no error page").doesNotContain(ERROR_MARKER);
            }
        };
    }

    /** Fails unless the text is exactly one complete HTML document. */
    public static void assertWhole(String page) {
        assertThat(page.split("<html", -1)).as("one <html> document in the page").hasSize(2);
        assertThat(page.strip()).as("the page was transferred to its end").endsWith("</html>");
    }

    private static String body(org.springframework.mock.web.MockHttpServletResponse response)
            throws UnsupportedEncodingException {
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
