package nl.sleutelnet.concern.web;

import java.util.Locale;

import nl.sleutelnet.concern.ConcernFigures;

/**
 * Formats dashboard figures for a table cell. With {@code suppress} (the regional view) every cell
 * based on fewer than {@link #THRESHOLD} concerns shows as "&lt; 5", also medians and percentages.
 */
public final class FigureCells {

    static final int THRESHOLD = 5;
    private static final String SUPPRESSED = "< " + THRESHOLD;
    private static final String NONE = "–";

    private final boolean suppress;
    private final Locale locale;

    FigureCells(boolean suppress, Locale locale) {
        this.suppress = suppress;
        this.locale = locale;
    }

    public String count(long n) {
        return suppress && n < THRESHOLD ? SUPPRESSED : String.format(locale, "%,d", n);
    }

    public String median(ConcernFigures.Median median) {
        if (suppress && median.basis() < THRESHOLD) {
            return SUPPRESSED;
        }
        return median.days() == null ? NONE : String.format(locale, "%.1f", median.days());
    }

    public String onTime(ConcernFigures figures) {
        if (suppress && figures.feedbackBasis() < THRESHOLD) {
            return SUPPRESSED;
        }
        Double share = figures.onTimePercentage();
        return share == null ? NONE : String.format(locale, "%.0f%%", share);
    }

    /** Whether a cell of {@code n} concerns is shown as a number (for the bars of the own municipality). */
    public boolean shown(long n) {
        return !suppress || n >= THRESHOLD;
    }
}
