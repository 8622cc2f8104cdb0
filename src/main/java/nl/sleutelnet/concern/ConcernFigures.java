package nl.sleutelnet.concern;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Dashboard figures of concerns — aggregates only, never a concern. Over the last twelve months
 * (by receipt; feedback by when it was sent; satisfaction by when it was given): concerns per month
 * by kind, the median number of working days from receipt to acknowledgement and to the first
 * status, feedback on time and late (concerns overdue today count as late), satisfaction; and the
 * open concerns by status today.
 */
public record ConcernFigures(List<Month> months, Median toAcknowledgement, Median toFirstStatus, long feedbackOnTime,
        long feedbackLate, long overdueNow, Map<Satisfaction, Long> satisfaction, Map<ConcernStatus, Long> openByStatus) {

    /** Concerns and advice received in one month. */
    public record Month(YearMonth month, long concerns, long advice) {

        public long total() {
            return concerns + advice;
        }
    }

    /** The median of {@code basis} values (working days); null when there are none. */
    public record Median(Double days, long basis) {

        static Median of(List<Integer> values) {
            if (values.isEmpty()) {
                return new Median(null, 0);
            }
            List<Integer> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
            return new Median(median, n);
        }
    }

    public ConcernFigures {
        months = List.copyOf(months);
        EnumMap<Satisfaction, Long> s = new EnumMap<>(Satisfaction.class);
        for (Satisfaction answer : Satisfaction.values()) {
            s.put(answer, satisfaction.getOrDefault(answer, 0L));
        }
        satisfaction = Collections.unmodifiableMap(s);
        EnumMap<ConcernStatus, Long> o = new EnumMap<>(ConcernStatus.class);
        for (ConcernStatus status : ConcernStatus.values()) {
            if (status.isOpen()) {
                o.put(status, openByStatus.getOrDefault(status, 0L));
            }
        }
        openByStatus = Collections.unmodifiableMap(o);
    }

    /** Concerns and advice received in the twelve months. */
    public long received() {
        return months.stream().mapToLong(Month::total).sum();
    }

    /** Feedback on time plus late plus overdue today: what the share on time is based on. */
    public long feedbackBasis() {
        return feedbackOnTime + feedbackLate + overdueNow;
    }

    /** Percentage of feedback on time, null when there was none. */
    public Double onTimePercentage() {
        long basis = feedbackBasis();
        return basis == 0 ? null : 100.0 * feedbackOnTime / basis;
    }

    public long satisfactionAnswers() {
        return satisfaction.values().stream().mapToLong(Long::longValue).sum();
    }

    public long open() {
        return openByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
