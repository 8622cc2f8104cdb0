package nl.sleutelnet.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Feedback deadlines count Dutch working days: no weekends, no holidays of the Algemene termijnenwet. */
class CountingWorkingDaysTests {

    @ParameterizedTest
    @CsvSource({ "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25",
            "2000, 2000-04-23" })
    void easterFallsOnTheKnownSunday(int year, LocalDate easter) {
        assertThat(WorkingDays.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-01-01, New Year", "2026-04-06, Easter Monday", "2026-04-27, King's Day",
            "2025-04-26, King's Day moved to Saturday because the 27th is a Sunday", "2026-05-05, Liberation Day",
            "2026-05-14, Ascension Day", "2026-05-25, Whit Monday", "2026-12-25, Christmas",
            "2026-12-26, Boxing Day" })
    void holidaysAreNoWorkingDays(LocalDate day, String why) {
        assertThat(WorkingDays.isHoliday(day)).as(why).isTrue();
        assertThat(WorkingDays.isWorkingDay(day)).as(why).isFalse();
    }

    @ParameterizedTest
    @CsvSource({ "2026-04-03, Good Friday is not a holiday of the act", "2025-04-27, a Sunday, but no King's Day",
            "2026-11-27, an ordinary Friday" })
    void otherDaysAreNoHolidays(LocalDate day, String why) {
        assertThat(WorkingDays.isHoliday(day)).as(why).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-23, 2, 2026-11-25, Monday + 2 = Wednesday",
            "2026-11-27, 2, 2026-12-01, Friday + 2 = Tuesday over the weekend",
            "2026-11-28, 2, 2026-12-01, received on a Saturday: Monday and Tuesday count",
            "2026-12-24, 2, 2026-12-29, over Christmas (Friday 25, Saturday 26 and Sunday)",
            "2026-04-02, 2, 2026-04-07, over Easter Monday",
            "2026-05-13, 1, 2026-05-15, over Ascension Day",
            "2026-11-16, 10, 2026-11-30, ten working days are two weeks without holidays",
            "2026-12-21, 10, 2027-01-06, ten working days over Christmas and New Year",
            "2026-11-23, 0, 2026-11-23, zero days is the day itself" })
    void addingWorkingDaysSkipsWeekendsAndHolidays(LocalDate from, int days, LocalDate expected, String why) {
        assertThat(WorkingDays.plus(from, days)).as(why).isEqualTo(expected);
        if (days > 0 && WorkingDays.isWorkingDay(expected)) {
            assertThat(WorkingDays.between(from, expected)).as("between is the inverse").isEqualTo(days);
        }
    }

    @ParameterizedTest
    @CsvSource({ "2026-11-27, 2026-11-27, 0", "2026-11-27, 2026-11-20, 0", "2026-11-27, 2026-11-29, 0",
            "2026-11-27, 2026-11-30, 1" })
    void betweenCountsOnlyWorkingDaysAfterTheStart(LocalDate from, LocalDate to, int expected) {
        assertThat(WorkingDays.between(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "-1" })
    void aNegativeCountIsRefused(int days) {
        assertThatThrownBy(() -> WorkingDays.plus(LocalDate.of(2026, 1, 5), days))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
