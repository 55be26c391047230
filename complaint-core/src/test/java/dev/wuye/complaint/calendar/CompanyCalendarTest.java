package dev.wuye.complaint.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Company calendars built on the official one: overrides always win. */
class CompanyCalendarTest {

    private final WorkingDayCalendar china = WorkingDayCalendar.chinaMainland();

    @Test
    @DisplayName("an extra company day off and an extra working day win over the official calendar")
    void overrides_win() {
        WorkingDayCalendar company = china.toBuilder()
                .dayOff(LocalDate.of(2025, 3, 12))      // a Wednesday: company anniversary
                .workingDay(LocalDate.of(2025, 10, 3))  // works on a National Day holiday
                .workingDay(LocalDate.of(2025, 3, 15))  // a Saturday
                .build();
        assertThat(company.isWorkingDay(LocalDate.of(2025, 3, 12))).isFalse();
        assertThat(company.isWorkingDay(LocalDate.of(2025, 10, 3))).isTrue();
        assertThat(company.isWorkingDay(LocalDate.of(2025, 3, 15))).isTrue();
        // Mon 3/10 → Tue 3/11 (1), [Wed 3/12 off] Thu 3/13 (2), Fri 3/14 (3), Sat 3/15 (4)
        assertThat(company.plusWorkingDays(LocalDate.of(2025, 3, 10), 4)).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(company.nextWorkingDay(LocalDate.of(2025, 9, 30))).isEqualTo(LocalDate.of(2025, 10, 3));
        assertThat(china.isWorkingDay(LocalDate.of(2025, 3, 12))).as("the official calendar is unchanged").isTrue();
    }

    @Test
    @DisplayName("a six-day week (only Sunday off) keeps the statutory holidays")
    void six_day_week() {
        WorkingDayCalendar sixDays = china.toBuilder().weekend(DayOfWeek.SUNDAY).build();
        assertThat(sixDays.isWorkingDay(LocalDate.of(2025, 3, 8))).as("a Saturday").isTrue();
        assertThat(sixDays.isWorkingDay(LocalDate.of(2025, 10, 4))).as("Saturday in Golden Week").isFalse();
        // Fri 2025-03-07 → Sat 3/8 (1), [Sun] Mon 3/10 (2), Tue 3/11 (3)
        assertThat(sixDays.plusWorkingDays(LocalDate.of(2025, 3, 7), 3)).isEqualTo(LocalDate.of(2025, 3, 11));
    }

    @Test
    void ranges_and_clearing_an_override() {
        WorkingDayCalendar company = china.toBuilder()
                .daysOff(LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 8))
                .workingDays(LocalDate.of(2025, 8, 9), LocalDate.of(2025, 8, 10))
                .clearOverride(LocalDate.of(2025, 8, 8))
                .build();
        assertThat(company.workingDaysBetween(LocalDate.of(2025, 8, 3), LocalDate.of(2025, 8, 10))).isEqualTo(3);
        assertThat(company.overrides()).hasSize(6);
    }

    @Test
    void a_calendar_without_official_data_can_declare_its_years() {
        WorkingDayCalendar plain = WorkingDayCalendar.builder().knownYears(2020, 2030).build();
        assertThat(plain.isWorkingDay(LocalDate.of(2025, 10, 1))).as("a Wednesday, no holidays").isTrue();
        assertThatThrownBy(() -> plain.isWorkingDay(LocalDate.of(2031, 1, 1))).isInstanceOf(UnknownYearException.class);
    }

    @Test
    void bad_builder_input_is_rejected_with_the_field_and_value() {
        assertThatThrownBy(() -> china.toBuilder().weekend(DayOfWeek.values()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weekend");
        assertThatThrownBy(() -> china.toBuilder().daysOff(LocalDate.of(2025, 2, 2), LocalDate.of(2025, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("daysOff")
                .hasMessageContaining("2025-02-02");
        assertThatThrownBy(() -> china.toBuilder().dayOff(LocalDate.of(9999, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9999-01-01");
    }
}
