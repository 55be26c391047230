package dev.wuye.complaint.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A year without an official notice is counted provisionally (weekends and the statutory holidays of
 * the law, no 调休), and every answer that depends on it says so. Expected dates are worked out by hand
 * from a wall calendar: 2027-01-01 is a Friday, 2027-02-06 (正月初一) a Saturday.
 */
class ProvisionalYearTest {

    private final WorkingDayCalendar china = WorkingDayCalendar.chinaMainland();

    static final String FIXTURE_DIR = "calendar/TEST-FIXTURE-not-official";

    /** The test fixture (invented, not official) 2027 notice, as a file. */
    static Path fixture2027() {
        try {
            return Path.of(ProvisionalYearTest.class.getResource("/" + FIXTURE_DIR + "/2027.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the 2027 test fixture", e);
        }
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    @DisplayName("no 2027 notice loaded")
    class Without2027 {

        @Test
        @DisplayName("R-4.7.1 three working days after Tue 2026-12-29 end on Mon 2027-01-04, flagged provisional (2027)")
        void department_limit_across_new_year() {
            // Wed 12/30 (1), Thu 12/31 (2), [Fri 1/1 元旦, Sat 1/2, Sun 1/3] Mon 1/4 (3)
            WorkingDate r = china.plusWorkingDaysChecked(d("2026-12-29"), 3);
            assertThat(r.date()).isEqualTo(d("2027-01-04"));
            assertThat(r.provisional()).isTrue();
            assertThat(r.provisionalYears()).containsExactly(2027);
            assertThat(china.plusWorkingDays(d("2026-12-29"), 3)).isEqualTo(d("2027-01-04"));
        }

        @Test
        @DisplayName("R-4.7.2 seven working days after Tue 2026-12-29 end on Fri 2027-01-08, flagged provisional (2027)")
        void company_limit_across_new_year() {
            // … Mon 1/4 (3), Tue 1/5 (4), Wed 1/6 (5), Thu 1/7 (6), Fri 1/8 (7)
            WorkingDate r = china.plusWorkingDaysChecked(d("2026-12-29"), 7);
            assertThat(r).isEqualTo(new WorkingDate(d("2027-01-08"), List.of(2027)));
            assertThat(china.plusWorkingDays(d("2026-12-29"), 7)).isEqualTo(d("2027-01-08"));
        }

        @Test
        @DisplayName("a result that counts only days of 2026 is official, even though 2027 is provisional")
        void official_when_only_official_days_are_counted() {
            // Tue 12/29 → Wed 12/30 (1), Thu 12/31 (2)
            WorkingDate r = china.plusWorkingDaysChecked(d("2026-12-29"), 2);
            assertThat(r.date()).isEqualTo(d("2026-12-31"));
            assertThat(r.provisional()).isFalse();
            assertThat(china.plusWorkingDaysChecked(d("2026-12-29"), 0)).isEqualTo(new WorkingDate(d("2026-12-29"), List.of()));
        }

        @Test
        @DisplayName("2027 春节 (law of 2024: 除夕 to 初三) is Fri 2/5 to Mon 2/8; no 调休, so Tue 2/9 works")
        void spring_festival_2027_provisional_days() {
            assertThat(ProvisionalYears.statutoryDaysOff(2027).entrySet().stream()
                    .filter(e -> e.getValue().equals("春节")).map(java.util.Map.Entry::getKey).toList())
                    .containsExactly(d("2027-02-05"), d("2027-02-06"), d("2027-02-07"), d("2027-02-08"));
            assertThat(ProvisionalYears.rules(2027)).isEqualTo(StatutoryHolidayRules.REVISION_2024);
            assertThat(china.isWorkingDay(d("2027-02-05"))).as("除夕, a Friday").isFalse();
            assertThat(china.isWorkingDay(d("2027-02-08"))).as("初三, a Monday").isFalse();
            assertThat(china.isWorkingDay(d("2027-02-09"))).as("初四, a Tuesday").isTrue();
            // Thu 2/4 → [2/5–2/8] Tue 2/9 (1), Wed 2/10 (2), Thu 2/11 (3)
            assertThat(china.plusWorkingDays(d("2027-02-04"), 3)).isEqualTo(d("2027-02-11"));
        }

        @Test
        @DisplayName("the 2027 statutory days: 元旦, 春节 ×4, 清明 4/5, 劳动节 5/1–2, 端午 6/9, 中秋 9/15, 国庆 10/1–3")
        void all_statutory_days_of_2027() {
            assertThat(ProvisionalYears.statutoryDaysOff(2027).keySet()).containsExactly(
                    d("2027-01-01"), d("2027-02-05"), d("2027-02-06"), d("2027-02-07"), d("2027-02-08"),
                    d("2027-04-05"), d("2027-05-01"), d("2027-05-02"), d("2027-06-09"), d("2027-09-15"),
                    d("2027-10-01"), d("2027-10-02"), d("2027-10-03"));
        }

        @Test
        @DisplayName("the provisional years are listed, so a warning can name the year to load")
        void provisional_years_are_listed() {
            assertThat(china.isProvisional(2026)).isFalse();
            assertThat(china.isProvisional(d("2027-03-01"))).isTrue();
            assertThat(china.provisionalYears().first()).isEqualTo(2027);
            assertThat(china.provisionalYears().last()).isEqualTo(2100);
            assertThat(china.provisionalYears()).hasSize(74).doesNotContain(2007, 2026, 2101);
            assertThat(china.provisionalYearsBetween(d("2026-06-01"), d("2028-01-05"))).containsExactly(2027, 2028);
            assertThat(china.knownYears()).doesNotContain(2027);
            assertThat(china.toString()).contains("provisionalYears=[2027–2100]");
        }

        @Test
        @DisplayName("a working-day count over a provisional year carries the flag in both directions")
        void checked_count() {
            // (2026-12-31, 2027-01-08]: Mon 1/4 … Fri 1/8 = 5
            assertThat(china.workingDaysBetweenChecked(d("2026-12-31"), d("2027-01-08")))
                    .isEqualTo(new WorkingDayCount(5, List.of(2027)));
            assertThat(china.workingDaysBetweenChecked(d("2027-01-08"), d("2026-12-31")))
                    .isEqualTo(new WorkingDayCount(-5, List.of(2027)));
            assertThat(china.workingDaysBetweenChecked(d("2026-12-01"), d("2026-12-04")).provisional()).isFalse();
        }

        @Test
        @DisplayName("a company calendar built on the official one keeps the provisional rule and its overrides win")
        void company_calendar_keeps_the_rule() {
            WorkingDayCalendar company = china.toBuilder().workingDay(d("2027-02-08")).build();
            assertThat(company.unknownYearPolicy()).isEqualTo(UnknownYearPolicy.PROVISIONAL);
            assertThat(company.isWorkingDay(d("2027-02-05"))).isFalse();
            assertThat(company.isWorkingDay(d("2027-02-08"))).as("override").isTrue();
        }

        @Test
        @DisplayName("WEEKENDS_ONLY and a plain builder have no provisional years")
        void other_policies_have_no_provisional_years() {
            assertThat(china.toBuilder().unknownYearPolicy(UnknownYearPolicy.WEEKENDS_ONLY).build().provisionalYears()).isEmpty();
            WorkingDayCalendar plain = WorkingDayCalendar.builder().build();
            assertThat(plain.provisionalYears()).isEmpty();
            assertThatThrownBy(() -> plain.isWorkingDay(d("2027-01-01"))).isInstanceOf(UnknownYearException.class);
        }
    }

    @Nested
    @DisplayName("after loading the 2027 test fixture (invented, not official)")
    class With2027 {

        private final WorkingDayCalendar loaded = china.toBuilder().load(fixture2027()).build();

        @Test
        @DisplayName("R-4.7.1 / R-4.7.2 across New Year: the same dates, now official")
        void new_year_no_longer_provisional() {
            assertThat(loaded.plusWorkingDaysChecked(d("2026-12-29"), 3)).isEqualTo(new WorkingDate(d("2027-01-04"), List.of()));
            assertThat(loaded.plusWorkingDaysChecked(d("2026-12-29"), 7)).isEqualTo(new WorkingDate(d("2027-01-08"), List.of()));
            assertThat(loaded.isProvisional(2027)).isFalse();
            assertThat(loaded.provisionalYears().first()).isEqualTo(2028);
        }

        @Test
        @DisplayName("R-4.7.1 / R-4.7.2 across 春节: the notice's longer block and adjusted Saturday change the deadlines")
        void spring_festival_follows_the_notice() {
            // Thu 2/4 → [2/5–2/12 off, 2/13–14 weekend] Mon 2/15 (1), Tue 2/16 (2), Wed 2/17 (3)
            assertThat(loaded.plusWorkingDays(d("2027-02-04"), 3)).isEqualTo(d("2027-02-17"));
            // … Thu 2/18 (4), Fri 2/19 (5), Sat 2/20 adjusted (6), Mon 2/22 (7)
            assertThat(loaded.plusWorkingDaysChecked(d("2027-02-04"), 7)).isEqualTo(new WorkingDate(d("2027-02-22"), List.of()));
            // provisionally: Tue 2/9 (1) … Fri 2/12 (4), Mon 2/15 (5), Tue 2/16 (6), Wed 2/17 (7)
            assertThat(china.plusWorkingDaysChecked(d("2027-02-04"), 7)).isEqualTo(new WorkingDate(d("2027-02-17"), List.of(2027)));
            // Fri 1/29 → the adjusted Sunday 1/31 (1); provisionally Mon 2/1
            assertThat(loaded.nextWorkingDay(d("2027-01-29"))).isEqualTo(d("2027-01-31"));
            assertThat(china.nextWorkingDay(d("2027-01-29"))).isEqualTo(d("2027-02-01"));
        }

        @Test
        @DisplayName("counting on into 2028 is provisional again, naming 2028")
        void next_year_is_provisional() {
            // Thu 2027-12-30 → Fri 12/31 (1), [Sat 2028-01-01 元旦, Sun] Mon 1/3 (2)
            assertThat(loaded.plusWorkingDaysChecked(d("2027-12-30"), 2))
                    .isEqualTo(new WorkingDate(d("2028-01-03"), List.of(2028)));
        }
    }
}
