package nl.sleutelnet.concern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.sleutelnet.concern.ConcernFigures;

/** The regional view shows every figure based on fewer than five concerns as "< 5"; the own municipality all. */
class SuppressingSmallNumbersTests {

    static final Locale NL = Locale.forLanguageTag("nl");
    final FigureCells region = new FigureCells(true, NL);
    final FigureCells own = new FigureCells(false, NL);

    @Test
    void counts_below_five_are_suppressed_in_the_region_only() {
        assertThat(region.count(0)).isEqualTo("< 5");
        assertThat(region.count(4)).isEqualTo("< 5");
        assertThat(region.count(5)).isEqualTo("5");
        assertThat(region.count(1234)).isEqualTo("1.234");
        assertThat(own.count(4)).isEqualTo("4");
        assertThat(own.count(0)).isEqualTo("0");
    }

    @Test
    void medians_and_percentages_are_suppressed_by_the_number_they_rest_on() {
        assertThat(region.median(new ConcernFigures.Median(2.0, 4))).isEqualTo("< 5");
        assertThat(region.median(new ConcernFigures.Median(1.5, 5))).isEqualTo("1,5");
        assertThat(own.median(new ConcernFigures.Median(2.0, 1))).isEqualTo("2,0");
        assertThat(own.median(new ConcernFigures.Median(null, 0))).isEqualTo("–");

        ConcernFigures fewFeedback = figures(3, 1, 0);
        ConcernFigures enough = figures(3, 1, 1);
        assertThat(region.onTime(fewFeedback)).isEqualTo("< 5");
        assertThat(own.onTime(fewFeedback)).isEqualTo("75%");
        assertThat(region.onTime(enough)).isEqualTo("60%");
    }

    private static ConcernFigures figures(long onTime, long late, long overdue) {
        return new ConcernFigures(List.of(), new ConcernFigures.Median(null, 0), new ConcernFigures.Median(null, 0),
                onTime, late, overdue, Map.of(), Map.of());
    }
}
