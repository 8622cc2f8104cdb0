package nl.sleutelnet.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Field errors are shown by the fragments of templates/fragments/ only, so that every field shows
 * its message, aria-invalid and aria-describedby the same way. A template that writes its own
 * error markup (an error message, an error summary, aria-invalid, th:errors) fails here.
 * <p>
 * {@link #NOT_YET_MOVED} lists the hand-written places still waiting for a fragment (fields with
 * attributes the fragments do not take yet, such as required, min/max dates, or a row of a
 * repeated group); the count per template may only go down.
 */
class FormFragmentsTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern HAND_WRITTEN_ERROR = Pattern.compile(
            "aria-invalid|class=\"[^\"]*\\b(?:field-error|error-message|error-summary)\\b|th:errors|#fields\\.");

    /** Template → hand-written error places it may still hold. */
    private static final Map<String, Integer> NOT_YET_MOVED = Map.ofEntries(
            // rewritten as one form on its own branch; moves to the fragments then
            Map.entry("concern/status-texts.html", 3),
            Map.entry("concern/list.html", 2),
            Map.entry("concern/retention.html", 3),
            Map.entry("agreement/template.html", 1),
            Map.entry("agreement/agreement.html", 1),
            Map.entry("organisation/affiliations.html", 1),
            Map.entry("registerimport/report.html", 1),
            Map.entry("registerimport/upload.html", 3),
            Map.entry("network/key-figure.html", 1),
            Map.entry("contact/log.html", 4),
            Map.entry("reciprocity/item.html", 1));

    @Test
    void no_template_outside_the_fragments_writes_its_own_field_error() throws IOException {
        Map<String, Integer> found = handWrittenErrors();
        Map<String, Integer> allowed = new TreeMap<>(NOT_YET_MOVED);
        found.forEach((template, count) -> assertThat(count)
                .as("hand-written field errors in %s (use templates/fragments/forms.html)", template)
                .isLessThanOrEqualTo(allowed.getOrDefault(template, 0)));
    }

    @Test
    void the_list_of_places_not_yet_moved_shrinks_with_every_move() throws IOException {
        // An entry larger than what is left would let a hand-written error come back unnoticed.
        assertThat(new TreeMap<>(NOT_YET_MOVED)).isEqualTo(handWrittenErrors());
    }

    @Test
    void the_check_finds_a_hand_written_error() {
        assertThat(count("<p th:if=\"${x}\" class=\"field-error\" id=\"naam-fout\">fout</p>")).isEqualTo(1);
        assertThat(count("<input th:attr=\"aria-invalid=${x} ? 'true' : null\">")).isEqualTo(1);
        assertThat(count("<span th:errors=\"*{naam}\"></span>")).isEqualTo(1);
        assertThat(count("<div th:replace=\"~{fragments/forms :: text(name='naam')}\"></div>")).isZero();
    }

    private static Map<String, Integer> handWrittenErrors() throws IOException {
        Map<String, Integer> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String name = TEMPLATES.relativize(file).toString().replace('\\', '/');
                if (name.startsWith("fragments/")) {
                    continue;
                }
                int count = count(Files.readString(file));
                if (count > 0) {
                    found.put(name, count);
                }
            }
        }
        return found;
    }

    private static int count(String html) {
        int count = 0;
        for (String line : html.split("\n")) {
            Matcher matcher = HAND_WRITTEN_ERROR.matcher(line);
            if (matcher.find()) {
                count++;
            }
        }
        return count;
    }
}
