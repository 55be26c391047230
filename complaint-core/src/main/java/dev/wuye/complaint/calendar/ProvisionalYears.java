package dev.wuye.complaint.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;

/**
 * 暂定年份 — what the law fixes in advance for a year whose State Council notice is not loaded: the
 * statutory holidays of the {@link StatutoryHolidayRules version in force} that year, on the festival
 * dates of the bundled table {@code provisional-holidays.tsv} ({@value #FIRST_YEAR}–{@value #LAST_YEAR}).
 *
 * <p>A provisional year has weekends and these days off, and no adjusted working days (调休) nor
 * made-up days (补假): those come only with the notice. {@link WorkingDayCalendar#chinaMainland()}
 * counts every year of the table without official data this way ({@link UnknownYearPolicy#PROVISIONAL})
 * and says so ({@link WorkingDayCalendar#isProvisional(int)}, {@link WorkingDate#provisional()}).
 *
 * <p>The table is generated at build time by a test-scope generator from a calendar library and a
 * test recomputes every row; it is read once, on first use.
 */
public final class ProvisionalYears {

    /** The first year with a provisional rule: the first year of the 2007 revision of the law. */
    public static final int FIRST_YEAR = 2008;
    /** The last year of the bundled festival table. */
    public static final int LAST_YEAR = 2100;
    /** The bundled table's resource name, beside this class. */
    static final String RESOURCE = "provisional-holidays.tsv";

    private ProvisionalYears() {
    }

    /**
     * Whether a year can be counted provisionally: it has a statutory rule and table dates.
     *
     * @param year the year
     * @return {@code true} for {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     */
    public static boolean covers(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /**
     * The festival dates of a year, from the bundled table.
     *
     * @param year a year in {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     * @return the dates
     * @throws IllegalArgumentException the year is outside the table
     */
    public static FestivalDates festivalDates(int year) {
        requireCovered(year);
        return Table.ROWS.get(year - FIRST_YEAR);
    }

    /**
     * The rule version a provisional year is counted by.
     *
     * @param year a year in {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     * @return the version in force that year
     * @throws IllegalArgumentException the year is outside the table
     */
    public static StatutoryHolidayRules rules(int year) {
        requireCovered(year);
        return StatutoryHolidayRules.inForce(year).orElseThrow();
    }

    /**
     * The statutory days off of a provisional year (weekends not included).
     *
     * @param year a year in {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     * @return date → holiday name, ascending, unmodifiable
     * @throws IllegalArgumentException the year is outside the table
     */
    public static NavigableMap<LocalDate, String> statutoryDaysOff(int year) {
        return rules(year).daysOff(festivalDates(year));
    }

    private static void requireCovered(int year) {
        if (!covers(year)) {
            throw new IllegalArgumentException("year: value " + year + ": provisional years are " + FIRST_YEAR
                    + "–" + LAST_YEAR);
        }
    }

    /**
     * Parses the table: a {@code #} comment header, then one row per year, tab-separated:
     * {@code year 除夕 清明 端午 中秋}, years ascending without gaps from {@value #FIRST_YEAR} to {@value #LAST_YEAR}.
     *
     * @param in     the table
     * @param source its name for error messages
     * @return the rows, in year order
     * @throws IllegalStateException a row is malformed; the message names the line
     */
    static List<FestivalDates> parse(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        List<FestivalDates> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                int expected = FIRST_YEAR + rows.size();
                try {
                    if (f.length != 5 || Integer.parseInt(f[0]) != expected) {
                        throw new IllegalArgumentException("expected 5 tab-separated fields starting with the year " + expected);
                    }
                    rows.add(new FestivalDates(expected, LocalDate.parse(f[1]), LocalDate.parse(f[2]),
                            LocalDate.parse(f[3]), LocalDate.parse(f[4])));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new IllegalStateException(source + " line " + no + ": \"" + line + "\": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        if (rows.size() != LAST_YEAR - FIRST_YEAR + 1) {
            throw new IllegalStateException(source + ": holds " + rows.size() + " years, expected "
                    + FIRST_YEAR + "–" + LAST_YEAR);
        }
        return Collections.unmodifiableList(rows);
    }

    /** Lazy holder: the table is read on first use. */
    private static final class Table {
        static final List<FestivalDates> ROWS = load();

        private static List<FestivalDates> load() {
            try (InputStream in = ProvisionalYears.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled calendar resource " + RESOURCE + " is missing from the jar");
                }
                return parse(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled calendar resource " + RESOURCE, e);
            }
        }
    }
}
