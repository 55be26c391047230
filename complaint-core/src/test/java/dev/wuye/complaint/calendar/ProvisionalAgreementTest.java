package dev.wuye.complaint.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What "provisional" costs, measured on history: for every date d of 2015–2026, how often the
 * provisional rule's {@code plusWorkingDays(d, n)} (weekends and statutory holidays, no 调休) equals the
 * official one, for the procedure's limits n = 3 and n = 7. The weekends-only
 * policy is measured beside it. The figures are printed, and quoted in {@code docs/calendar.md}.
 */
class ProvisionalAgreementTest {

    /** Tallies of one policy against the official calendar. */
    private static final class Tally {
        int same;
        int earlier;
        int later;

        void add(LocalDate guess, LocalDate official) {
            int c = guess.compareTo(official);
            if (c == 0) {
                same++;
            } else if (c < 0) {
                earlier++;
            } else {
                later++;
            }
        }

        String describe(int total) {
            return String.format(Locale.ROOT, "%.2f%% equal, %.2f%% earlier, %.2f%% later",
                    100.0 * same / total, 100.0 * earlier / total, 100.0 * later / total);
        }
    }

    @Test
    @DisplayName("R-4.7.1 / R-4.7.2 agreement of provisional deadlines with the official ones, every date of 2015–2026")
    void agreement_over_2015_to_2026() {
        WorkingDayCalendar official = WorkingDayCalendar.chinaMainland();
        WorkingDayCalendar provisional = WorkingDayCalendar.builder().unknownYearPolicy(UnknownYearPolicy.PROVISIONAL).build();
        WorkingDayCalendar weekendsOnly = WorkingDayCalendar.builder().knownYears(2015, 2027).build();
        assertThat(provisional.provisionalYears()).contains(2015, 2026);

        int[] limits = {3, 7};
        StringBuilder report = new StringBuilder("Provisional vs official deadlines, every start date 2015-01-01..2026-12-31"
                + " whose official deadline lies in 2026 or before:\n");
        for (int n : limits) {
            Tally prov = new Tally();
            Tally weekends = new Tally();
            int total = 0;
            for (LocalDate d = LocalDate.of(2015, 1, 1); d.getYear() <= 2026; d = d.plusDays(1)) {
                WorkingDate o = official.plusWorkingDaysChecked(d, n);
                if (o.provisional()) {
                    continue; // counts into 2027, which has no official data to compare with
                }
                total++;
                prov.add(provisional.plusWorkingDays(d, n), o.date());
                weekends.add(weekendsOnly.plusWorkingDays(d, n), o.date());
            }
            // 2015–2026 has 12 × 365 + 3 leap days = 4383 dates; a handful at the end of 2026 count into 2027
            assertThat(total).isBetween(4383 - 10, 4383);
            assertThat(prov.same).as("the statutory days help: provisional agrees more often than weekends only")
                    .isGreaterThan(weekends.same);
            report.append(String.format(Locale.ROOT, "  plusWorkingDays(d, %d), %d dates: provisional %s; weekends only %s%n",
                    n, total, prov.describe(total), weekends.describe(total)));
        }
        System.out.print(report);
    }
}
