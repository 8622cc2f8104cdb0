package nl.sleutelnet.concern;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.sleutelnet.shared.WorkingDays;
import nl.sleutelnet.tenancy.MunicipalityId;

/** The aggregates behind the dashboard figures of one municipality; reads no narrative and no reference. */
@Repository
class ConcernStatistics {

    private final JdbcClient jdbc;

    ConcernStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * How often the municipality's concerns and messages have changed (V29: raised in the writing
     * transaction); equal counts mean equal figures for the same day.
     */
    long changes(MunicipalityId municipality) {
        return jdbc.sql("select changes from concern_change where municipality_id = ?").param(municipality.value())
                .query(Long.class).optional().orElse(0L);
    }

    /** The twelve months up to and including {@code today}'s month, and today's open work. */
    FigureSample sample(MunicipalityId municipality, LocalDate today, ZoneId zone) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(11);
        Timestamp from = Timestamp.from(first.atDay(1).atStartOfDay(zone).toInstant());
        Timestamp to = Timestamp.from(today.plusDays(1).atStartOfDay(zone).toInstant());
        FigureSample sample = new FigureSample(first, last);
        // One pass over the concerns received in the window: month, kind and the working days to
        // acknowledgement and first status (months are counted here, not in SQL: cheaper than a
        // time-zone conversion per row in the database).
        Map<Long, Integer> memo = new HashMap<>();
        jdbc.sql("""
                select received_at, kind, acknowledged_at, first_status_at from concern
                where municipality_id = ? and received_at >= ? and received_at < ?""")
                .params(municipality.value(), from, to)
                .query(rs -> {
                    LocalDate received = day(rs.getTimestamp(1), zone);
                    long[] n = sample.months.get(YearMonth.from(received));
                    if (n != null) {
                        n["ADVICE".equals(rs.getString(2)) ? 1 : 0]++;
                    }
                    Timestamp acknowledged = rs.getTimestamp(3);
                    if (acknowledged != null) {
                        sample.toAcknowledgement.add(between(received, day(acknowledged, zone), memo));
                        Timestamp firstStatus = rs.getTimestamp(4);
                        if (firstStatus != null) {
                            sample.toFirstStatus.add(between(received, day(firstStatus, zone), memo));
                        }
                    }
                });
        jdbc.sql("""
                select count(*) filter (where on_time), count(*) filter (where not on_time) from concern_message
                where municipality_id = ? and created_at >= ? and created_at < ? and on_time is not null""")
                .params(municipality.value(), from, to)
                .query(rs -> {
                    sample.onTime = rs.getLong(1);
                    sample.late = rs.getLong(2);
                });
        jdbc.sql("""
                select status, count(*), count(*) filter (where feedback_due_on < ?) from concern
                where municipality_id = ? and status <> 'CLOSED' group by status""")
                .params(today, municipality.value())
                .query(rs -> {
                    sample.openByStatus.put(ConcernStatus.valueOf(rs.getString(1)), rs.getLong(2));
                    sample.overdueNow += rs.getLong(3);
                });
        jdbc.sql("""
                select satisfaction, count(*) from concern
                where municipality_id = ? and satisfaction_at >= ? and satisfaction_at < ? group by satisfaction""")
                .params(municipality.value(), from, to)
                .query(rs -> {
                    sample.satisfaction.put(Satisfaction.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return sample;
    }

    private static LocalDate day(Timestamp at, ZoneId zone) {
        return LocalDate.ofInstant(at.toInstant(), zone);
    }

    /** Working days between two days; many concerns share the same pair, so each pair is counted once. */
    private static int between(LocalDate from, LocalDate to, Map<Long, Integer> memo) {
        long key = from.toEpochDay() * 1_000_003L + to.toEpochDay();
        return memo.computeIfAbsent(key, k -> WorkingDays.between(from, to));
    }
}
