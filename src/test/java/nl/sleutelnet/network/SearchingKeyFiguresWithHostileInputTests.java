package nl.sleutelnet.network;

import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.HostileInput;
import nl.sleutelnet.RowCounts;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property: whatever a coordinator types into the key-figure search, on the page or through the
 * API, the answer is a result or a clear refusal: never a server error, never an unescaped
 * script, wildcards taken literally, and nothing written.
 */
@SleutelnetTest
class SearchingKeyFiguresWithHostileInputTests {

    static final String PAGE = "/sleutelfiguren";
    static final String API = "/api/v1/sleutelfiguren";
    static final String TOO_LONG = "De zoekterm is te lang: gebruik hoogstens 100 tekens.";
    static final String INVALID = "De zoekterm bevat ongeldige tekens";
    static final String NO_RESULTS = "Geen sleutelfiguren gevonden met deze naam.";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @TestFactory
    Stream<DynamicTest> theSearchPageAnswersEveryTermSafely() throws Exception {
        HostileInput input = HostileInput.forTest("search page");
        String baseline = page("zzz-niets").getContentAsString();
        Map<String, String> before = RowCounts.of(jdbc);
        return Stream.concat(input.tests(input.samples(30), term -> {
            try {
                searchPageIsSafe(term, baseline);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }), Stream.of(dynamicTest("wrote nothing", () -> assertThat(RowCounts.of(jdbc)).isEqualTo(before))));
    }

    @TestFactory
    Stream<DynamicTest> theApiAnswersEveryTermWithAPageOrAProblem() throws Exception {
        HostileInput input = HostileInput.forTest("search API");
        long total = keyFigures();
        Map<String, String> before = RowCounts.of(jdbc);
        return Stream.concat(input.tests(input.samples(30), term -> {
            try {
                apiSearchIsSafe(term, total);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }), Stream.of(dynamicTest("wrote nothing", () -> assertThat(RowCounts.of(jdbc)).isEqualTo(before))));
    }

    @ParameterizedTest
    @ValueSource(strings = { "%", "_", "\\", "%%", "_%", "S%a", "S_mira", "Samir_", "%amira" })
    void takesWildcardsLiterally(String term) throws Exception {
        assertThat(keyFigures()).isGreaterThan(1);

        JsonNode body = JSON.readTree(api(term).getContentAsString());
        assertThat(body.path("totaal").asLong()).as("key figures found through the API").isZero();

        String html = page(term).getContentAsString();
        assertThat(html).contains(NO_RESULTS);
    }

    @Test
    void aWildcardFreeTermStillFindsTheName() throws Exception {
        JsonNode body = JSON.readTree(api("amir").getContentAsString());

        assertThat(body.path("sleutelfiguren").values()).extracting(k -> k.path("naam").asString())
                .isNotEmpty().allSatisfy(name -> assertThat(name).containsIgnoringCase("amir"));
        assertThat(page("amir").getContentAsString()).doesNotContain(NO_RESULTS).contains("Samira");
    }

    private void searchPageIsSafe(String term, String baseline) throws Exception {
        MockHttpServletResponse response = page(term);
        String html = response.getContentAsString();

        assertThat(response.getStatus()).as("status").isLessThan(500);
        assertThat(response.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        String problem = KeyFigureSearch.byName(term).problem();
        if ("keyFigures.search.tooLong".equals(problem)) {
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(html).contains(TOO_LONG);
        } else if (problem != null) {
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(html).contains(INVALID);
        } else {
            assertThat(response.getStatus()).isEqualTo(200);
        }
        // The term comes back in the search field, escaped (control characters left out).
        String echoed = term.replaceAll("[\\u0000-\\u001F\\u007F-\\u009F]", "");
        assertThat(html).contains("value=\"" + escaped(echoed) + "\"");
        if (term.contains("<") && !baseline.contains(term)) {
            assertThat(html).as("the raw term, unescaped").doesNotContain(term);
        }
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "<svg onload");
    }

    private void apiSearchIsSafe(String term, long total) throws Exception {
        MockHttpServletResponse response = api(term);
        String body = response.getContentAsString();

        assertThat(response.getStatus()).as(body).isIn(200, 400);
        assertThat(response.getHeader("API-Version")).isEqualTo("1.0.0");
        JsonNode json = JSON.readTree(body);
        if (KeyFigureSearch.byName(term).problem() != null) {
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(json.path("status").asInt()).isEqualTo(400);
            assertThat(json.path("title").asString()).isNotBlank();
            assertThat(json.path("detail").asString()).contains("zoek");
            return;
        }
        assertThat(response.getStatus()).as(body).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        long found = json.path("totaal").asLong();
        String wanted = term.strip();
        if (wanted.isEmpty()) {
            assertThat(found).as("a blank term lists everyone").isEqualTo(total);
        } else {
            assertThat(found).isLessThanOrEqualTo(total);
        }
        if (wanted.chars().allMatch(c -> c < 0x80)) {
            // Only ASCII: Java and PostgreSQL agree on lower case, so every hit must hold the term literally.
            String lower = wanted.toLowerCase(Locale.ROOT);
            assertThat(json.path("sleutelfiguren").values()).extracting(k -> k.path("naam").asString())
                    .allSatisfy(name -> assertThat(name.toLowerCase(Locale.ROOT)).contains(lower));
        }
    }

    private MockHttpServletResponse page(String term) throws Exception {
        return mvc.perform(get(PAGE).param("zoek", term).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse api(String term) throws Exception {
        return mvc.perform(get(API).param("zoek", term).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)))
                .andReturn().getResponse();
    }

    private long keyFigures() {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER,
                () -> jdbc.sql("select count(*) from key_figure").query(Long.class).single());
    }

    /** How Thymeleaf escapes text in an attribute value. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
