package dev.wuye.complaint.calendar;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of working-day arithmetic, on the official calendar and on random company calendars. */
class WorkingDayCalendarPropertiesTest {

    private static final WorkingDayCalendar CHINA = WorkingDayCalendar.chinaMainland();

    /** Dates whose next 300 working days stay inside the bundled data (2007–2026). */
    @Provide
    Arbitrary<LocalDate> bundledDates() {
        return Arbitraries.longs()
                .between(LocalDate.of(2006, 12, 31).toEpochDay(), LocalDate.of(2025, 6, 30).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    @Label("plusWorkingDays always lands on a working day")
    void lands_on_a_working_day(@ForAll("bundledDates") LocalDate d, @ForAll @IntRange(min = 1, max = 300) int n) {
        LocalDate r = CHINA.plusWorkingDays(d, n);
        assertThat(r).isAfter(d);
        assertThat(CHINA.isWorkingDay(r)).isTrue();
    }

    @Property
    @Label("workingDaysBetween(d, plusWorkingDays(d, n)) == n")
    void between_inverts_plus(@ForAll("bundledDates") LocalDate d, @ForAll @IntRange(min = 0, max = 300) int n) {
        LocalDate r = CHINA.plusWorkingDays(d, n);
        assertThat(CHINA.workingDaysBetween(d, r)).isEqualTo(n);
        assertThat(CHINA.workingDaysBetween(r, d)).isEqualTo(-n);
    }

    @Property
    @Label("plusWorkingDays is strictly increasing in n")
    void monotonic_in_n(@ForAll("bundledDates") LocalDate d,
                        @ForAll @IntRange(min = 0, max = 150) int n, @ForAll @IntRange(min = 1, max = 150) int more) {
        assertThat(CHINA.plusWorkingDays(d, n + more)).isAfter(CHINA.plusWorkingDays(d, n));
    }

    @Property
    @Label("the day before plusWorkingDays(d, n) still has only n - 1 working days after d")
    void no_working_day_is_skipped(@ForAll("bundledDates") LocalDate d, @ForAll @IntRange(min = 1, max = 300) int n) {
        LocalDate r = CHINA.plusWorkingDays(d, n);
        assertThat(CHINA.workingDaysBetween(d, r.minusDays(1))).isEqualTo(n - 1);
    }

    /** A random company calendar on the official one: weekend pattern and up to 40 overrides in 2005–2028. */
    record Company(Set<DayOfWeek> weekend, Map<LocalDate, Boolean> overrides) {
        WorkingDayCalendar build() {
            WorkingDayCalendar.Builder b = CHINA.toBuilder().weekend(weekend)
                    .unknownYearPolicy(UnknownYearPolicy.WEEKENDS_ONLY);
            overrides.forEach((d, off) -> {
                if (off) {
                    b.dayOff(d);
                } else {
                    b.workingDay(d);
                }
            });
            return b.build();
        }

        /** The definition, day by day: override, else official data, else weekend. */
        boolean naiveWorking(LocalDate d) {
            Boolean off = overrides.get(d);
            if (off != null) {
                return !off;
            }
            for (var y : CHINA.officialData().values()) {
                Boolean listed = y.offDay().get(d);
                if (listed != null) {
                    return !listed;
                }
            }
            return !weekend.contains(d.getDayOfWeek());
        }
    }

    @Provide
    Arbitrary<Company> companies() {
        Arbitrary<Set<DayOfWeek>> weekends = Arbitraries.of(DayOfWeek.class).set().ofMaxSize(3);
        Arbitrary<LocalDate> dates = Arbitraries.longs()
                .between(LocalDate.of(2005, 1, 1).toEpochDay(), LocalDate.of(2028, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Map<LocalDate, Boolean>> overrides = Arbitraries.maps(dates, Arbitraries.of(true, false)).ofMaxSize(40);
        return Combinators.combine(weekends, overrides).as(Company::new);
    }

    @Property(tries = 300)
    @Label("a company calendar's overrides always win")
    void overrides_always_win(@ForAll("companies") Company company) {
        WorkingDayCalendar c = company.build();
        company.overrides().forEach((d, off) -> assertThat(c.isWorkingDay(d)).as(d.toString()).isEqualTo(!off));
        company.overrides().forEach((d, off) -> {
            if (!off) {
                assertThat(c.plusWorkingDays(d.minusDays(1), 1)).isEqualTo(d);
            } else {
                assertThat(c.plusWorkingDays(d.minusDays(1), 1)).isNotEqualTo(d);
            }
        });
    }

    @Property(tries = 300)
    @Label("constant-time arithmetic agrees with a day-by-day count on random company calendars")
    void agrees_with_day_by_day(@ForAll("companies") Company company,
                                @ForAll @IntRange(min = 0, max = 400) int n,
                                @ForAll("anyDate") LocalDate d) {
        WorkingDayCalendar c = company.build();
        LocalDate x = d;
        for (int k = 0; k < n; ) {
            x = x.plusDays(1);
            if (company.naiveWorking(x)) {
                k++;
            }
        }
        assertThat(c.plusWorkingDays(d, n)).isEqualTo(x);
        assertThat(c.isWorkingDay(d)).isEqualTo(company.naiveWorking(d));
    }

    @Provide
    Arbitrary<LocalDate> anyDate() {
        return Arbitraries.longs()
                .between(LocalDate.of(2003, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property(tries = 200)
    @Label("weekend pattern without data: five working days in every Monday–Sunday week")
    void weekends_only_weeks(@ForAll("anyDate") LocalDate d) {
        WorkingDayCalendar plain = WorkingDayCalendar.builder().knownYears(2000, 2035).build();
        assertThat(plain.workingDaysBetween(d, d.plusWeeks(1))).isEqualTo(5);
        assertThat(EnumSet.copyOf(plain.weekend())).containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }
}
