package nl.sleutelnet.concern;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Feedback deadlines in working days (Dutch holidays respected) and retention periods.
 * {@code dueSoonWorkingDays}: how far ahead the handler's work list shows feedback as "due".
 * Retention: closed "no concern" concerns and closed advice are deleted whole after their
 * period; the narrative of other closed concerns is cleared after {@code narrative}; what is left
 * (handover metadata) is deleted after {@code handoverMetadata}.
 * {@code regionFiguresRefresh}: how long the analysts' regional view keeps a municipality's
 * figures before computing them again.
 */
@ConfigurationProperties("sleutelnet.concern")
public record ConcernProperties(@DefaultValue("2") int acknowledgeWorkingDays,
        @DefaultValue("10") int statusWorkingDays, @DefaultValue("2") int dueSoonWorkingDays,
        @DefaultValue Retention retention, @DefaultValue("5m") Duration regionFiguresRefresh) {

    public ConcernProperties {
        if (acknowledgeWorkingDays < 1 || acknowledgeWorkingDays > 30 || statusWorkingDays < 1
                || statusWorkingDays > 60 || dueSoonWorkingDays < 0 || dueSoonWorkingDays > 20) {
            throw new IllegalArgumentException("sleutelnet.concern: acknowledge 1-30, status 1-60, due soon 0-20 working days");
        }
        if (regionFiguresRefresh.isNegative() || regionFiguresRefresh.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("sleutelnet.concern.region-figures-refresh: 0 to 1 hour");
        }
    }

    public record Retention(@DefaultValue("P6M") Period closedNoConcern, @DefaultValue("P6M") Period closedAdvice,
            @DefaultValue("P6M") Period narrative, @DefaultValue("P5Y") Period handoverMetadata) {

        public Retention {
            for (Period period : new Period[] { closedNoConcern, closedAdvice, narrative, handoverMetadata }) {
                if (period.isNegative() || period.isZero()) {
                    throw new IllegalArgumentException("sleutelnet.concern.retention.* must be a positive period");
                }
            }
        }
    }
}
