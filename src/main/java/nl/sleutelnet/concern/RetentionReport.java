package nl.sleutelnet.concern;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a retention run did, or would do ({@code dryRun}): the number of concerns per rule and the
 * first {@link #MAX_LINES} of them (the counts are complete).
 */
public record RetentionReport(boolean dryRun, Map<RetentionRule, Long> counts, List<RetentionLine> lines) {

    public static final int MAX_LINES = 200;

    public RetentionReport {
        EnumMap<RetentionRule, Long> all = new EnumMap<>(RetentionRule.class);
        for (RetentionRule rule : RetentionRule.values()) {
            all.put(rule, counts.getOrDefault(rule, 0L));
        }
        counts = Collections.unmodifiableMap(all);
        lines = List.copyOf(lines);
    }

    static RetentionReport empty(boolean dryRun) {
        return new RetentionReport(dryRun, Map.of(), List.of());
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(RetentionRule rule) {
        return counts.get(rule);
    }

    /** Whether {@link #lines()} holds fewer concerns than the counts. */
    public boolean capped() {
        return lines.size() < total();
    }

    RetentionReport plus(RetentionReport other) {
        EnumMap<RetentionRule, Long> sum = new EnumMap<>(counts);
        other.counts.forEach((rule, n) -> sum.merge(rule, n, Long::sum));
        List<RetentionLine> joined = new ArrayList<>(lines);
        joined.addAll(other.lines.subList(0, Math.min(other.lines.size(), Math.max(0, MAX_LINES - lines.size()))));
        return new RetentionReport(dryRun, sum, joined);
    }
}
