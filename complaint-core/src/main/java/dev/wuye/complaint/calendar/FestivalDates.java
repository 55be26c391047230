package dev.wuye.complaint.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The movable dates a provisional year needs, for one Gregorian year: the lunar festivals and the
 * 清明 solar term. The library bundles them for {@value ProvisionalYears#FIRST_YEAR}–{@value ProvisionalYears#LAST_YEAR}
 * ({@code provisional-holidays.tsv}), computed by a well-kept calendar library at build time and
 * re-checked by a test; nothing here computes astronomy.
 *
 * @param year              the Gregorian year
 * @param springFestivalEve 除夕: the last day of the twelfth lunar month, the day before 正月初一
 * @param qingming          清明: the day (Beijing time) the sun reaches ecliptic longitude 15°
 * @param dragonBoat        端午: the fifth day of the fifth lunar month (五月初五)
 * @param midAutumn         中秋: the fifteenth day of the eighth lunar month (八月十五)
 */
public record FestivalDates(int year, LocalDate springFestivalEve, LocalDate qingming, LocalDate dragonBoat,
                            LocalDate midAutumn) {

    /** Checks that every date is given and lies in its usual window of {@code year}; the message names field and value. */
    public FestivalDates {
        check("springFestivalEve", springFestivalEve, year, 1, 20, 2, 19);
        check("qingming", qingming, year, 4, 3, 4, 6);
        check("dragonBoat", dragonBoat, year, 5, 26, 6, 26);
        check("midAutumn", midAutumn, year, 9, 6, 10, 8);
    }

    private static void check(String field, LocalDate d, int year, int fromMonth, int fromDay, int toMonth, int toDay) {
        Objects.requireNonNull(d, field);
        if (d.isBefore(LocalDate.of(year, fromMonth, fromDay)) || d.isAfter(LocalDate.of(year, toMonth, toDay))) {
            throw new IllegalArgumentException(field + ": value " + d + ": must lie between " + year + "-"
                    + two(fromMonth) + "-" + two(fromDay) + " and " + year + "-" + two(toMonth) + "-" + two(toDay));
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** 正月初一, the Spring Festival day: the day after {@link #springFestivalEve()}. */
    public LocalDate springFestival() {
        return springFestivalEve.plusDays(1);
    }
}
