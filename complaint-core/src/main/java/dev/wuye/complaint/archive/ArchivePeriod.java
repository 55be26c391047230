package dev.wuye.complaint.archive;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The period of an archive batch: a month or a quarter.
 *
 * @param kind        MONTHLY or QUARTERLY
 * @param name        {@code 2025-04} or {@code 2025-Q2}, as stored in {@code ArchiveBatch.period}
 * @param from        first day
 * @param toExclusive the day after the last
 */
public record ArchivePeriod(String kind, String name, LocalDate from, LocalDate toExclusive) {

    /** {@code ArchiveBatch.kind} of a monthly batch. */
    public static final String MONTHLY = "MONTHLY";
    /** {@code ArchiveBatch.kind} of a quarterly batch. */
    public static final String QUARTERLY = "QUARTERLY";

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public ArchivePeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toExclusive, "toExclusive");
    }

    /** A month. */
    public static ArchivePeriod month(YearMonth m) {
        return new ArchivePeriod(MONTHLY, m.toString(), m.atDay(1), m.plusMonths(1).atDay(1));
    }

    /**
     * A quarter.
     *
     * @param year    the year
     * @param quarter 1–4
     * @return the period
     */
    public static ArchivePeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4 (R-4.8.2), was " + quarter);
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new ArchivePeriod(QUARTERLY, year + "-Q" + quarter, first.atDay(1), first.plusMonths(3).atDay(1));
    }

    /** Whether a date is in the period. */
    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && d.isBefore(toExclusive);
    }
}
