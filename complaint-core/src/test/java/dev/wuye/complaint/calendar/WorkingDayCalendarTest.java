package dev.wuye.complaint.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The official mainland calendar on the dates property companies get wrong first. */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar china = WorkingDayCalendar.chinaMainland();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    @DisplayName("2025 Spring Festival (国办发明电〔2024〕12号): 1/28–2/4 off, Sunday 1/26 and Saturday 2/8 working")
    class SpringFestival2025 {

        @Test
        void holiday_days_are_off() {
            for (LocalDate x = d("2025-01-28"); !x.isAfter(d("2025-02-04")); x = x.plusDays(1)) {
                assertThat(china.isWorkingDay(x)).as(x.toString()).isFalse();
            }
        }

        @Test
        void adjusted_weekend_days_are_working_days() {
            assertThat(china.isWorkingDay(d("2025-01-26"))).as("Sunday 1/26").isTrue();
            assertThat(china.isWorkingDay(d("2025-02-08"))).as("Saturday 2/8").isTrue();
            assertThat(china.isWorkingDay(d("2025-01-25"))).as("ordinary Saturday 1/25").isFalse();
            assertThat(china.isWorkingDay(d("2025-02-09"))).as("ordinary Sunday 2/9").isFalse();
        }

        @Test
        void three_working_days_after_the_friday_before_cross_the_festival() {
            // Fri 1/24 → Sun 1/26 (1), Mon 1/27 (2), [1/28–2/4 off], Wed 2/5 (3)
            assertThat(china.plusWorkingDays(d("2025-01-24"), 3)).isEqualTo(d("2025-02-05"));
            assertThat(china.nextWorkingDay(d("2025-01-27"))).isEqualTo(d("2025-02-05"));
            // Thu 2/6 (1), Fri 2/7 (2), Sat 2/8 (3)
            assertThat(china.plusWorkingDays(d("2025-02-05"), 3)).isEqualTo(d("2025-02-08"));
            assertThat(china.workingDaysBetween(d("2025-01-24"), d("2025-02-08"))).isEqualTo(6);
        }
    }

    @Nested
    @DisplayName("2025 National Day: 10/1–10/8 off, Sunday 9/28 and Saturday 10/11 working")
    class NationalDay2025 {

        @Test
        void golden_week_is_off_and_the_adjusted_weekends_work() {
            for (LocalDate x = d("2025-10-01"); !x.isAfter(d("2025-10-08")); x = x.plusDays(1)) {
                assertThat(china.isWorkingDay(x)).as(x.toString()).isFalse();
            }
            assertThat(china.isWorkingDay(d("2025-09-28"))).isTrue();
            assertThat(china.isWorkingDay(d("2025-10-11"))).isTrue();
        }

        @Test
        void counting_across_golden_week() {
            // Fri 9/26 → Sun 9/28 (1), Mon 9/29 (2), Tue 9/30 (3)
            assertThat(china.plusWorkingDays(d("2025-09-26"), 3)).isEqualTo(d("2025-09-30"));
            // Tue 9/30 → Thu 10/9 (1), Fri 10/10 (2), Sat 10/11 (3)
            assertThat(china.plusWorkingDays(d("2025-09-30"), 3)).isEqualTo(d("2025-10-11"));
            // … Mon 10/13 (4), Tue 10/14 (5), Wed 10/15 (6), Thu 10/16 (7)
            assertThat(china.plusWorkingDays(d("2025-09-30"), 7)).isEqualTo(d("2025-10-16"));
            assertThat(china.workingDaysBetween(d("2025-09-30"), d("2025-10-08"))).isZero();
        }
    }

    @Test
    @DisplayName("2020 Spring Festival extended by the second notice: 1/31–2/2 off, back on Monday 2/3")
    void spring_festival_2020_extension() {
        // the first notice had 1/24–1/30 off and Saturday 2/1 working; 国办发明电〔2020〕1号 extended to 2/2
        assertThat(china.isWorkingDay(d("2020-01-31"))).isFalse();
        assertThat(china.isWorkingDay(d("2020-02-01"))).isFalse();
        assertThat(china.isWorkingDay(d("2020-02-02"))).isFalse();
        assertThat(china.isWorkingDay(d("2020-02-03"))).isTrue();
        assertThat(china.isWorkingDay(d("2020-01-19"))).as("adjusted Sunday 1/19").isTrue();
        assertThat(china.nextWorkingDay(d("2020-01-23"))).isEqualTo(d("2020-02-03"));
    }

    @Nested
    @DisplayName("year boundaries")
    class YearBoundaries {

        @Test
        @DisplayName("2008's notice gives 2007-12-29 working and 12-30/31 off")
        void new_year_2008_listed_in_the_next_years_notice() {
            assertThat(china.isWorkingDay(d("2007-12-29"))).as("Saturday, adjusted").isTrue();
            assertThat(china.isWorkingDay(d("2007-12-31"))).as("Monday, off").isFalse();
            assertThat(china.isWorkingDay(d("2008-01-01"))).isFalse();
            assertThat(china.nextWorkingDay(d("2007-12-29"))).isEqualTo(d("2008-01-02"));
            assertThat(china.plusWorkingDays(d("2007-12-28"), 2)).isEqualTo(d("2008-01-02"));
        }

        @Test
        @DisplayName("New Year 2019: Saturday 2018-12-29 works, 12-31 and 1-1 off")
        void new_year_2019() {
            assertThat(china.plusWorkingDays(d("2018-12-28"), 1)).isEqualTo(d("2018-12-29"));
            assertThat(china.plusWorkingDays(d("2018-12-28"), 2)).isEqualTo(d("2019-01-02"));
            assertThat(china.workingDaysBetween(d("2018-12-27"), d("2019-01-03"))).isEqualTo(4);
            assertThat(china.workingDaysBetween(d("2019-01-03"), d("2018-12-27"))).isEqualTo(-4);
        }

        @Test
        @DisplayName("New Year 2026: 1/1–1/3 off, Sunday 1/4 working")
        void new_year_2026() {
            // Wed 2025-12-31 → Sun 2026-01-04 (1), Mon 1/5 (2)
            assertThat(china.plusWorkingDays(d("2025-12-31"), 2)).isEqualTo(d("2026-01-05"));
        }

        @Test
        @DisplayName("counting into 2027 without its data: provisional by default, an UnknownYearException naming"
                + " the year and how to load it under FAIL and beyond the provisional table")
        void year_without_data() {
            // Wed 2026-12-30 → Thu 12/31 (1), [Fri 2027-01-01 元旦 (statutory), Sat, Sun] Mon 1/4 (2)
            assertThat(china.plusWorkingDays(d("2026-12-30"), 2)).isEqualTo(d("2027-01-04"));
            assertThat(china.isProvisional(2027)).isTrue();
            assertThat(china.plusWorkingDays(d("2026-12-30"), 1)).isEqualTo(d("2026-12-31"));

            WorkingDayCalendar strict = china.toBuilder().unknownYearPolicy(UnknownYearPolicy.FAIL).build();
            assertThatThrownBy(() -> strict.plusWorkingDays(d("2026-12-30"), 2))
                    .isInstanceOf(UnknownYearException.class)
                    .hasMessageContaining("2027")
                    .hasMessageContaining("holiday-cn")
                    .hasMessageContaining("WEEKENDS_ONLY")
                    .satisfies(e -> assertThat(((UnknownYearException) e).year()).isEqualTo(2027));
            assertThat(strict.isProvisional(2027)).isFalse();
            assertThat(strict.plusWorkingDays(d("2026-12-30"), 1)).isEqualTo(d("2026-12-31"));

            assertThatThrownBy(() -> china.isWorkingDay(d("2006-06-01")))
                    .isInstanceOf(UnknownYearException.class).hasMessageContaining("2006");
            assertThatThrownBy(() -> china.isWorkingDay(d("2101-06-01")))
                    .isInstanceOf(UnknownYearException.class).hasMessageContaining("2101");
        }
    }

    @Test
    @DisplayName("accepted on a Saturday: the count starts with the next working day")
    void saturday_acceptance() {
        // Sat 2025-03-08 → Mon 3/10 (1), Tue 3/11 (2), Wed 3/12 (3)
        assertThat(china.plusWorkingDays(d("2025-03-08"), 3)).isEqualTo(d("2025-03-12"));
        assertThat(china.plusWorkingDays(d("2025-03-07"), 3)).isEqualTo(d("2025-03-12"));
    }

    @Test
    void zero_and_negative_n() {
        assertThat(china.plusWorkingDays(d("2025-02-01"), 0)).isEqualTo(d("2025-02-01"));
        assertThatThrownBy(() -> china.plusWorkingDays(d("2025-02-01"), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThat(china.workingDaysBetween(d("2025-02-01"), d("2025-02-01"))).isZero();
    }

    @Test
    void whole_year_counts_match_the_official_total() {
        // 2025: 261 weekdays − 18 holiday weekdays + 5 adjusted weekend days (1/26, 2/8, 4/27, 9/28, 10/11)
        int weekdays = 0;
        for (LocalDate x = d("2025-01-01"); x.getYear() == 2025; x = x.plusDays(1)) {
            if (x.getDayOfWeek().getValue() <= 5) {
                weekdays++;
            }
        }
        int holidayWeekdays = 0;
        int adjusted = 0;
        for (HolidayCnYear y : BundledData.load()) {
            if (y.year() == 2025) {
                holidayWeekdays = (int) y.daysOff().stream().filter(x -> x.getDayOfWeek().getValue() <= 5).count();
                adjusted = y.adjustedWorkingDays().size();
            }
        }
        assertThat(china.workingDaysBetween(d("2024-12-31"), d("2025-12-31")))
                .isEqualTo(weekdays - holidayWeekdays + adjusted)
                .isEqualTo(248);
    }

    @Test
    @DisplayName("the bundled data credits holiday-cn and ships its MIT licence")
    void bundled_data_notice() throws java.io.IOException {
        try (java.io.InputStream in = WorkingDayCalendar.class.getResourceAsStream("NOTICE-holiday-cn.txt")) {
            assertThat(in).isNotNull();
            String notice = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(notice).contains("MIT License").contains("NateScarlet").contains("国办发明电〔2020〕1号");
        }
        assertThat(china.knownYears()).hasSize(20).first().isEqualTo(2007);
        assertThat(china.knownYears().last()).isEqualTo(2026);
    }

    @Test
    @DisplayName("WEEKENDS_ONLY counts a year without data by its weekends")
    void weekends_only_policy() {
        WorkingDayCalendar lenient = china.toBuilder().unknownYearPolicy(UnknownYearPolicy.WEEKENDS_ONLY).build();
        // Thu 2026-12-31 → Fri 2027-01-01 (no data: a weekday) (1), Mon 1/4 (2)
        assertThat(lenient.plusWorkingDays(d("2026-12-31"), 2)).isEqualTo(d("2027-01-04"));
        assertThat(lenient.isWorkingDay(d("2030-06-01"))).as("a Saturday").isFalse();
        assertThat(lenient.workingDaysBetween(d("2030-06-02"), d("2030-06-09"))).isEqualTo(5);
        assertThat(lenient.isWorkingDay(d("2025-10-01"))).as("known years still use the data").isFalse();
    }

    @Test
    void far_outside_the_data_the_weekend_pattern_still_counts_in_constant_time() {
        WorkingDayCalendar lenient = china.toBuilder().unknownYearPolicy(UnknownYearPolicy.WEEKENDS_ONLY).build();
        // 1,000,000 working days of a five-day week = 200,000 weeks
        LocalDate monday = d("2030-01-07");
        assertThat(lenient.plusWorkingDays(monday.minusDays(3), 1_000_000))
                .isEqualTo(monday.plusWeeks(200_000).minusDays(3));
        assertThat(lenient.plusWorkingDays(d("1800-01-03"), 5)).isEqualTo(d("1800-01-10"));
    }
}
