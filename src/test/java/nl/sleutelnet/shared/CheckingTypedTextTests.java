package nl.sleutelnet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.sleutelnet.HostileInput;

/**
 * The one text rule of every form and API (ADR 0016), tried with random and hostile strings
 * (ADR 0007's generator): it never throws, refuses the same string the same way every time,
 * gives back accepted text unchanged but for the line endings and the outer white space, and
 * counts its limit in code points.
 */
class CheckingTypedTextTests {

    static final int LIMIT = 100;
    static final List<TextRule> RULES = List.of(TextRule.line(LIMIT), TextRule.line(LIMIT).required(),
            TextRule.lines(LIMIT), TextRule.lines(LIMIT).required(), TextRule.name(LIMIT).required());

    /** Unpaired surrogates cannot arrive over HTTP, but a caller inside the product can pass them. */
    static final List<String> SURROGATES = List.of("\ud800", "a\udc00b", "\udbff\ud800", "x\ud83d");

    @TestFactory
    Stream<DynamicTest> random_and_hostile_text_never_throws_is_refused_stably_and_is_kept_unchanged_when_accepted() {
        HostileInput input = HostileInput.forTest("text rule");
        List<String> samples = new ArrayList<>(input.samples(300));
        samples.addAll(SURROGATES);
        return input.tests(samples, sample -> {
            for (TextRule rule : RULES) {
                List<FieldProblem> first = new ArrayList<>();
                String kept = rule.check("veld", sample, first);
                List<FieldProblem> second = new ArrayList<>();
                rule.check("veld", sample, second);
                assertThat(second).as("the same answer twice").isEqualTo(first);
                assertThat(first).hasSizeLessThanOrEqualTo(1);
                String expected = TextRule.clean(sample);
                if (first.isEmpty()) {
                    assertThat(kept).isEqualTo(expected);
                    if (kept != null) {
                        assertThat(kept.codePointCount(0, kept.length())).isLessThanOrEqualTo(LIMIT);
                        assertThat(kept).doesNotContain("\r", "\u202e", "\u200b", "\ufeff", "\u0000", "\ufffe");
                        assertThat(TextRule.allowed(kept, rule.multiLine(), rule.forName())).isTrue();
                        assertThat(kept).as("no unpaired surrogate").isEqualTo(
                                new String(kept.codePoints().toArray(), 0, kept.codePointCount(0, kept.length())));
                    }
                } else {
                    assertThat(kept).isNull();
                    FieldProblem problem = first.get(0);
                    assertThat(problem.field()).isEqualTo("veld");
                    assertThat(problem.messageKey()).isIn(TextRule.REQUIRED, TextRule.TOO_LONG,
                            TextRule.INVALID_CHARACTERS);
                    if (problem.messageKey().equals(TextRule.TOO_LONG)) {
                        assertThat(problem.arguments()).containsExactly(LIMIT);
                        assertThat(expected.codePointCount(0, expected.length())).isGreaterThan(LIMIT);
                    } else if (problem.messageKey().equals(TextRule.REQUIRED)) {
                        assertThat(expected).isNull();
                    }
                }
            }
        });
    }

    @Test
    void the_limit_counts_code_points_so_an_emoji_is_one_character() {
        assertThat(TextRule.line(3).accepts("😀👍🏽")).as("three code points, five UTF-16 units").isTrue();
        assertThat(TextRule.line(3).accepts("😀😀😀😀")).isFalse();
        assertThat(TextRule.line(100).accepts("😀".repeat(100))).isTrue();
        assertThat(TextRule.line(100).accepts("x".repeat(101))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Samira\u202e", "\u202aSam", "Sa\u202bm", "Sa\u202cm", "Sa\u202dm", "Sa\u2066m",
            "Sa\u2067m", "Sa\u2068m", "Sa\u2069m", "Sa\u200bm", "Sa\u200cm", "Sa\u200dm", "\ufeffSam", "Sam\ufffe",
            "Sam\uffff", "Sam\ufdd0", "Sam\ud83f\udffe", "Sam\u0000", "Sam\u0085", "Sam\u2028", "Sam\u00ad" })
    void spoofing_and_invisible_characters_are_refused_in_every_text(String text) {
        for (TextRule rule : RULES) {
            assertThat(rule.problem("veld", text)).isEqualTo(new FieldProblem("veld", TextRule.INVALID_CHARACTERS));
        }
    }

    @Test
    void line_breaks_count_one_way_and_only_text_of_several_lines_holds_them() {
        assertThat(TextRule.lines(10).check("veld", " a\r\nb\rc\nd\te ", new ArrayList<>())).isEqualTo("a\nb\nc\nd\te");
        assertThat(TextRule.lines(3).accepts("a\r\nb")).as("CR LF is one character").isTrue();
        assertThat(TextRule.line(10).problem("veld", "a\r\nb").messageKey()).isEqualTo(TextRule.INVALID_CHARACTERS);
        assertThat(TextRule.line(10).problem("veld", "a\tb").messageKey()).isEqualTo(TextRule.INVALID_CHARACTERS);
    }

    @Test
    void a_name_also_refuses_markup_and_ordinary_text_keeps_it() {
        assertThat(TextRule.name(50).accepts("<script>")).isFalse();
        assertThat(TextRule.name(50).accepts("Özdemir-van ’t Hof")).isTrue();
        assertThat(TextRule.line(50).accepts("<script>alert(1)</script>")).isTrue();
    }

    @Test
    void a_module_key_gets_no_argument_and_the_shared_one_gets_the_limit() {
        assertThat(TextRule.line(5).problem("f", "toolong")).isEqualTo(new FieldProblem("f", "input.tooLong", List.of(5)));
        assertThat(TextRule.line(5).tooLongKey("mine.tooLong").problem("f", "toolong"))
                .isEqualTo(new FieldProblem("f", "mine.tooLong"));
        assertThat(TextRule.line(5).required().problem("f", " \r\n ")).isEqualTo(new FieldProblem("f", "input.required"));
    }

    @Test
    void a_name_stored_before_the_rule_still_reads_without_its_invisible_characters() {
        assertThat(PersonName.stored("Sam\u202eira", null, "Berg\u200b").display()).isEqualTo("Samira Berg");
        assertThat(TextRule.withoutRefused("a\u2066b\ufeffc")).isEqualTo("abc");
    }
}
