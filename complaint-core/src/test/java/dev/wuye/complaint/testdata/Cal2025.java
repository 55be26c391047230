package dev.wuye.complaint.testdata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The official 2025 mainland-China working-day calendar (State Council notice of 2024-11-12),
 * written out by hand for the statistics tests: weekends off, statutory holidays off, adjusted
 * working weekends on.
 */
public final class Cal2025 implements Predicate<LocalDate> {

    /** The instance. */
    public static final Cal2025 INSTANCE = new Cal2025();

    private static final Set<LocalDate> HOLIDAYS = Set.of(
            d("2025-01-01"),
            d("2025-01-28"), d("2025-01-29"), d("2025-01-30"), d("2025-01-31"), d("2025-02-01"), d("2025-02-02"),
            d("2025-02-03"), d("2025-02-04"),
            d("2025-04-04"), d("2025-04-05"), d("2025-04-06"),
            d("2025-05-01"), d("2025-05-02"), d("2025-05-03"), d("2025-05-04"), d("2025-05-05"),
            d("2025-05-31"), d("2025-06-01"), d("2025-06-02"),
            d("2025-10-01"), d("2025-10-02"), d("2025-10-03"), d("2025-10-04"), d("2025-10-05"), d("2025-10-06"),
            d("2025-10-07"), d("2025-10-08"));
    private static final Set<LocalDate> ADJUSTED_WORKING = Set.of(
            d("2025-01-26"), d("2025-02-08"), d("2025-04-27"), d("2025-09-28"), d("2025-10-11"));

    private Cal2025() {
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Override
    public boolean test(LocalDate date) {
        if (ADJUSTED_WORKING.contains(date)) {
            return true;
        }
        if (HOLIDAYS.contains(date)) {
            return false;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
