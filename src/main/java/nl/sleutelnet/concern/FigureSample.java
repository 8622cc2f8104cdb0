package nl.sleutelnet.concern;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw material of {@link ConcernFigures} for one or more municipalities: counts, and the
 * working-day durations the medians are taken of (so that a region's median is a true median).
 */
final class FigureSample {

    final Map<YearMonth, long[]> months = new LinkedHashMap<>();
    final List<Integer> toAcknowledgement = new ArrayList<>();
    final List<Integer> toFirstStatus = new ArrayList<>();
    long onTime;
    long late;
    long overdueNow;
    final Map<Satisfaction, Long> satisfaction = new EnumMap<>(Satisfaction.class);
    final Map<ConcernStatus, Long> openByStatus = new EnumMap<>(ConcernStatus.class);

    FigureSample(YearMonth first, YearMonth last) {
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m, new long[2]);
        }
    }

    FigureSample add(FigureSample other) {
        other.months.forEach((m, n) -> {
            long[] mine = months.computeIfAbsent(m, k -> new long[2]);
            mine[0] += n[0];
            mine[1] += n[1];
        });
        toAcknowledgement.addAll(other.toAcknowledgement);
        toFirstStatus.addAll(other.toFirstStatus);
        onTime += other.onTime;
        late += other.late;
        overdueNow += other.overdueNow;
        other.satisfaction.forEach((k, v) -> satisfaction.merge(k, v, Long::sum));
        other.openByStatus.forEach((k, v) -> openByStatus.merge(k, v, Long::sum));
        return this;
    }

    ConcernFigures figures() {
        List<ConcernFigures.Month> list = new ArrayList<>();
        months.forEach((m, n) -> list.add(new ConcernFigures.Month(m, n[0], n[1])));
        return new ConcernFigures(list, ConcernFigures.Median.of(toAcknowledgement),
                ConcernFigures.Median.of(toFirstStatus), onTime, late, overdueNow, satisfaction, openByStatus);
    }
}
