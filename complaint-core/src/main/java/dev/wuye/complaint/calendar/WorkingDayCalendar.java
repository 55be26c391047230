// Over 400 lines on purpose: the public calendar and its public nested Builder are one API unit (a
// host writes WorkingDayCalendar.builder()...build()), and most of the length is their Javadoc. The
// arithmetic lives in DayRanks, the data in HolidayCnYear/ProvisionalYears, loading in HolidayDataLoader.
package dev.wuye.complaint.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 工作日历 — which days are working days, and working-day arithmetic on them.
 *
 * <p>A day is a working day when, in this order of precedence: a company override says so
 * ({@link Builder#dayOff}, {@link Builder#workingDay} — overrides always win); else the official
 * data of a loaded notice lists it (statutory holiday off, adjusted working day 调休 on); else it is
 * not on the weekend ({@link Builder#weekend}, Saturday and Sunday by default).
 *
 * <p>Counting follows the project's interpretation of the procedure: the start day itself is never
 * counted. {@link #plusWorkingDays plusWorkingDays(d, n)} is the n-th working day strictly after
 * {@code d}, so a case accepted on a Saturday starts counting with the next working day.
 *
 * <p>Every computation needs the holiday data of the years it looks at. For a year without data
 * the {@link UnknownYearPolicy} decides: {@link UnknownYearPolicy#PROVISIONAL} (the default of
 * {@link #chinaMainland()}) counts a year of {@value ProvisionalYears#FIRST_YEAR}–{@value ProvisionalYears#LAST_YEAR}
 * by weekends and the statutory holidays of the law ({@link ProvisionalYears}) and makes it visible:
 * {@link #isProvisional(int)}, {@link #provisionalYears()}, and the checked methods
 * {@link #plusWorkingDaysChecked} and {@link #workingDaysBetweenChecked}, whose answers carry the
 * provisional years they depended on. {@link UnknownYearPolicy#FAIL} (the default of {@link #builder()})
 * throws an {@link UnknownYearException} naming the year and how to load it, as PROVISIONAL does beyond
 * the table; {@link UnknownYearPolicy#WEEKENDS_ONLY} uses the weekend pattern. A year counted without
 * its notice is logged once as a warning.
 *
 * <p>Instances are immutable and thread-safe. Every query takes the same time whatever the number of
 * days: the calendar keeps, over the span of years it has data for, a prefix count (rank) of working
 * days and the position of each working day, and beyond that span counts whole weeks arithmetically.
 */
public final class WorkingDayCalendar {

    /** The earliest year data (official or override) may be given for. */
    public static final int MIN_DATA_YEAR = 1900;
    /** The latest year data (official or override) may be given for. */
    public static final int MAX_DATA_YEAR = 2199;

    private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private static volatile WorkingDayCalendar chinaMainland;

    private final EnumSet<DayOfWeek> weekend;
    private final NavigableMap<Integer, HolidayCnYear> official;
    private final NavigableMap<LocalDate, Boolean> overrides;
    private final SortedSet<Integer> declaredYears;
    private final UnknownYearPolicy policy;
    private final SortedSet<Integer> knownYears;
    private final SortedSet<Integer> provisionalYears;
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

    private final DayRanks ranks;

    private WorkingDayCalendar(Builder b) {
        this.weekend = EnumSet.copyOf(b.weekend);
        this.official = Collections.unmodifiableNavigableMap(new TreeMap<>(b.official));
        this.overrides = Collections.unmodifiableNavigableMap(new TreeMap<>(b.overrides));
        this.declaredYears = Collections.unmodifiableSortedSet(new TreeSet<>(b.declaredYears));
        this.policy = b.policy;

        TreeSet<Integer> known = new TreeSet<>(official.keySet());
        known.addAll(declaredYears);
        this.knownYears = Collections.unmodifiableSortedSet(known);

        // provisional years: the statutory days off of the law, below official data and overrides
        TreeSet<Integer> provisional = new TreeSet<>();
        Map<LocalDate, Boolean> facts = new TreeMap<>();
        if (policy == UnknownYearPolicy.PROVISIONAL) {
            for (int y = ProvisionalYears.FIRST_YEAR; y <= ProvisionalYears.LAST_YEAR; y++) {
                if (!known.contains(y)) {
                    provisional.add(y);
                    ProvisionalYears.statutoryDaysOff(y).keySet().forEach(d -> facts.put(d, true));
                }
            }
        }
        this.provisionalYears = Collections.unmodifiableSortedSet(provisional);

        // official facts, merged across notices; a date two notices disagree on is an error
        Map<LocalDate, Boolean> officialFacts = new TreeMap<>();
        Map<LocalDate, String> factSource = new TreeMap<>();
        for (HolidayCnYear y : official.values()) {
            for (Map.Entry<LocalDate, Boolean> e : y.offDay().entrySet()) {
                Boolean before = officialFacts.put(e.getKey(), e.getValue());
                if (before != null && !before.equals(e.getValue())) {
                    throw new CalendarDataException(y.source(), "days.date", e.getKey().toString(),
                            "contradicts " + factSource.get(e.getKey()) + ", which has isOffDay=" + before);
                }
                factSource.putIfAbsent(e.getKey(), y.source());
            }
        }
        facts.putAll(officialFacts);
        facts.putAll(overrides);

        TreeSet<Integer> spanYears = new TreeSet<>(known);
        spanYears.addAll(provisional);
        facts.keySet().forEach(d -> spanYears.add(d.getYear()));
        this.ranks = new DayRanks(weekend, facts, spanYears, known);
    }

    /**
     * The official mainland-China calendar: Saturday and Sunday off, statutory holidays off and
     * adjusted working days on, with the bundled data of every year 2007–2026 (derived from holiday-cn,
     * MIT licence, see {@code NOTICE-holiday-cn.txt}); {@link UnknownYearPolicy#PROVISIONAL} for other
     * years: {@value ProvisionalYears#FIRST_YEAR}–{@value ProvisionalYears#LAST_YEAR} are counted
     * provisionally until their notice is loaded, other years throw an {@link UnknownYearException}.
     *
     * @return the shared instance
     */
    public static WorkingDayCalendar chinaMainland() {
        WorkingDayCalendar c = chinaMainland;
        if (c == null) {
            synchronized (WorkingDayCalendar.class) {
                c = chinaMainland;
                if (c == null) {
                    Builder b = builder().unknownYearPolicy(UnknownYearPolicy.PROVISIONAL);
                    BundledData.load().forEach(b::add);
                    c = b.build();
                    chinaMainland = c;
                }
            }
        }
        return c;
    }

    /**
     * An empty builder: Saturday and Sunday off, no holiday data, no known year,
     * {@link UnknownYearPolicy#FAIL}. Most hosts start from {@code chinaMainland().toBuilder()} instead.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this calendar's weekend, data, overrides and policy: the way to derive a
     * company calendar or to add next year's notice.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.weekend = EnumSet.copyOf(weekend);
        b.official.putAll(official);
        b.overrides.putAll(overrides);
        b.declaredYears.addAll(declaredYears);
        b.policy = policy;
        return b;
    }

    /**
     * Whether a date is a working day.
     *
     * @param d the date
     * @return {@code true} for a working day
     * @throws UnknownYearException no data for {@code d}'s year and it cannot be counted provisionally (see {@link UnknownYearPolicy})
     */
    public boolean isWorkingDay(LocalDate d) {
        long day = Objects.requireNonNull(d, "d").toEpochDay();
        checkYears(day, day);
        return ranks.workingAt(day);
    }

    /**
     * The n-th working day strictly after {@code d}; {@code d} itself when {@code n == 0}.
     *
     * @param d the start date (not counted)
     * @param n how many working days, {@code >= 0}
     * @return the date
     * @throws IllegalArgumentException {@code n} is negative
     * @throws UnknownYearException     a counted year has no data and cannot be counted provisionally
     */
    public LocalDate plusWorkingDays(LocalDate d, int n) {
        Objects.requireNonNull(d, "d");
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        if (n == 0) {
            return d;
        }
        long start = d.toEpochDay();
        long result = ranks.dayOfRank(ranks.rankOf(start) + n);
        checkYears(start + 1, result);
        return LocalDate.ofEpochDay(result);
    }

    /**
     * The number of working days in {@code (a, b]}; negative (minus those in {@code (b, a]}) when
     * {@code b} is before {@code a}.
     *
     * @param a the start (not counted)
     * @param b the end (counted)
     * @return the signed count
     * @throws UnknownYearException a counted year has no data and cannot be counted provisionally
     */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        long x = Objects.requireNonNull(a, "a").toEpochDay();
        long y = Objects.requireNonNull(b, "b").toEpochDay();
        if (x == y) {
            return 0;
        }
        checkYears(Math.min(x, y) + 1, Math.max(x, y));
        return Math.toIntExact(ranks.rankOf(y) - ranks.rankOf(x));
    }

    /**
     * The first working day strictly after {@code d}.
     *
     * @param d the date
     * @return the next working day
     * @throws UnknownYearException a counted year has no data and cannot be counted provisionally
     */
    public LocalDate nextWorkingDay(LocalDate d) {
        return plusWorkingDays(d, 1);
    }

    /**
     * {@link #plusWorkingDays plusWorkingDays(d, n)} with the provisional years it depended on: those of
     * the days counted over, {@code (d, result]}. Empty for {@code n == 0}, which counts no day.
     *
     * @param d the start date (not counted)
     * @param n how many working days, {@code >= 0}
     * @return the date and its provisional years
     * @throws IllegalArgumentException {@code n} is negative
     * @throws UnknownYearException     a counted year has no data and cannot be counted provisionally
     */
    public WorkingDate plusWorkingDaysChecked(LocalDate d, int n) {
        LocalDate result = plusWorkingDays(d, n);
        return new WorkingDate(result, n == 0 ? List.of() : provisionalYearsBetween(d.plusDays(1), result));
    }

    /**
     * {@link #workingDaysBetween workingDaysBetween(a, b)} with the provisional years of the days counted.
     *
     * @param a the start (not counted)
     * @param b the end (counted)
     * @return the signed count and its provisional years
     * @throws UnknownYearException a counted year has no data and cannot be counted provisionally
     */
    public WorkingDayCount workingDaysBetweenChecked(LocalDate a, LocalDate b) {
        int days = workingDaysBetween(a, b);
        if (a.equals(b)) {
            return new WorkingDayCount(0, List.of());
        }
        LocalDate first = (a.isBefore(b) ? a : b).plusDays(1);
        return new WorkingDayCount(days, provisionalYearsBetween(first, a.isBefore(b) ? b : a));
    }

    /**
     * Whether a year is counted provisionally: no official notice, not declared, within the table,
     * under {@link UnknownYearPolicy#PROVISIONAL}.
     *
     * @param year the year
     * @return {@code true} when answers about it may change once its notice is loaded
     */
    public boolean isProvisional(int year) {
        return provisionalYears.contains(year);
    }

    /**
     * Whether a date lies in a provisional year.
     *
     * @param d the date
     * @return {@code true} when whether it is a working day may change once its year's notice is loaded
     */
    public boolean isProvisional(LocalDate d) {
        return isProvisional(Objects.requireNonNull(d, "d").getYear());
    }

    /** Every year this calendar counts provisionally, ascending: the years whose notice a host should load. */
    public SortedSet<Integer> provisionalYears() {
        return provisionalYears;
    }

    /**
     * The provisional years among the days {@code from} to {@code toInclusive}, ascending: the years to
     * load for an answer about those days to become official.
     *
     * @param from        first day
     * @param toInclusive last day (not before {@code from})
     * @return the years, possibly empty
     */
    public List<Integer> provisionalYearsBetween(LocalDate from, LocalDate toInclusive) {
        int first = Objects.requireNonNull(from, "from").getYear();
        int last = Objects.requireNonNull(toInclusive, "toInclusive").getYear();
        if (last < first || provisionalYears.isEmpty()) {
            return List.of();
        }
        return List.copyOf(provisionalYears.subSet(first, last + 1));
    }

    /**
     * The years this calendar has data for (official notices and {@link Builder#knownYears declared years}),
     * ascending; provisional years are not among them ({@link #provisionalYears()}).
     */
    public SortedSet<Integer> knownYears() {
        return knownYears;
    }

    /** The official notices loaded, by year. */
    public NavigableMap<Integer, HolidayCnYear> officialData() {
        return official;
    }

    /** The company overrides: date → {@code true} for an extra day off, {@code false} for an extra working day. */
    public NavigableMap<LocalDate, Boolean> overrides() {
        return overrides;
    }

    /** The weekend days. */
    public Set<DayOfWeek> weekend() {
        return Collections.unmodifiableSet(weekend);
    }

    /** What happens for a year without data. */
    public UnknownYearPolicy unknownYearPolicy() {
        return policy;
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[weekend=" + weekend + ", knownYears=" + rangesOf(knownYears)
                + ", provisionalYears=" + rangesOf(provisionalYears)
                + ", overrides=" + overrides.size() + ", policy=" + policy + "]";
    }

    // ---- arithmetic ------------------------------------------------------------------------------

    /** Applies the unknown-year policy to the years of the days in [from, to]. */
    private void checkYears(long from, long to) {
        if (ranks.allKnown(from, to)) {
            return;
        }
        int first = LocalDate.ofEpochDay(from).getYear();
        int last = LocalDate.ofEpochDay(to).getYear();
        // at most a handful of years are looked at: stop after the first few unknown ones
        int reported = 0;
        for (int y = first; y <= last && reported < 3; y++) {
            if (provisionalYears.contains(y)) {
                if (warnedYears.add(y)) {
                    LOG.warn("No official holiday data for {}: counting it provisionally, with weekends and the"
                            + " statutory holidays of the law but no adjusted working days (UnknownYearPolicy.PROVISIONAL)."
                            + " Load the State Council's notice for {} in the holiday-cn JSON format; answers"
                            + " depending on {} are flagged provisional until then.", y, y, y);
                }
            } else if (!knownYears.contains(y)) {
                if (policy != UnknownYearPolicy.WEEKENDS_ONLY) {
                    throw new UnknownYearException(y);
                }
                if (warnedYears.add(y)) {
                    LOG.warn("No holiday data for {}: counting it as weekends only (UnknownYearPolicy.WEEKENDS_ONLY)."
                            + " Load the State Council's notice for {} in the holiday-cn JSON format to count"
                            + " its statutory holidays and adjusted working days.", y, y);
                }
                reported++;
            }
        }
    }

    static String rangesOf(SortedSet<Integer> years) {
        if (years.isEmpty()) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder("[");
        Integer start = null;
        Integer prev = null;
        for (Integer y : years) {
            if (start == null) {
                start = y;
            } else if (y != prev + 1) {
                sb.append(start).append(start.equals(prev) ? "" : "–" + prev).append(", ");
                start = y;
            }
            prev = y;
        }
        sb.append(start).append(start.equals(prev) ? "" : "–" + prev).append(']');
        return sb.toString();
    }

    /**
     * Builds a {@link WorkingDayCalendar}: a company calendar (extra days off, extra working days,
     * another weekend), the official data of a newly published year, the unknown-year policy.
     * Not thread-safe; the calendars it builds are.
     */
    public static final class Builder {
        private EnumSet<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private final NavigableMap<Integer, HolidayCnYear> official = new TreeMap<>();
        private final NavigableMap<LocalDate, Boolean> overrides = new TreeMap<>();
        private final SortedSet<Integer> declaredYears = new TreeSet<>();
        private UnknownYearPolicy policy = UnknownYearPolicy.FAIL;

        private Builder() {
        }

        /**
         * The weekly days off, replacing Saturday and Sunday (e.g. only {@code SUNDAY} for a six-day week).
         *
         * @param days the weekend days; at least one weekday must remain a working day
         * @return this builder
         */
        public Builder weekend(DayOfWeek... days) {
            return weekend(Set.of(days));
        }

        /**
         * The weekly days off, replacing the current ones.
         *
         * @param days the weekend days (may be empty: a seven-day week); not all seven
         * @return this builder
         */
        public Builder weekend(Set<DayOfWeek> days) {
            Objects.requireNonNull(days, "days");
            if (days.size() == 7) {
                throw new IllegalArgumentException("weekend: value " + days + ": at least one day of the week must be a working day");
            }
            weekend = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
            return this;
        }

        /**
         * A company day off (e.g. the company's anniversary), winning over official data and the weekend.
         *
         * @param d the date
         * @return this builder
         */
        public Builder dayOff(LocalDate d) {
            return override(d, true);
        }

        /**
         * Company days off {@code from} to {@code toInclusive}.
         *
         * @param from        first day
         * @param toInclusive last day
         * @return this builder
         */
        public Builder daysOff(LocalDate from, LocalDate toInclusive) {
            return overrideRange(from, toInclusive, true);
        }

        /**
         * A company working day (e.g. a Saturday the office works), winning over official data and the weekend.
         *
         * @param d the date
         * @return this builder
         */
        public Builder workingDay(LocalDate d) {
            return override(d, false);
        }

        /**
         * Company working days {@code from} to {@code toInclusive}.
         *
         * @param from        first day
         * @param toInclusive last day
         * @return this builder
         */
        public Builder workingDays(LocalDate from, LocalDate toInclusive) {
            return overrideRange(from, toInclusive, false);
        }

        /**
         * Removes a company override, so the official data and the weekend decide the day again.
         *
         * @param d the date
         * @return this builder
         */
        public Builder clearOverride(LocalDate d) {
            overrides.remove(Objects.requireNonNull(d, "d"));
            return this;
        }

        /**
         * Adds one year of official data, replacing any data of the same year (a later, corrected
         * notice). The year becomes known.
         *
         * @param year the year's data
         * @return this builder
         */
        public Builder add(HolidayCnYear year) {
            Objects.requireNonNull(year, "year");
            official.put(year.year(), year);
            return this;
        }

        /**
         * Loads a year of official data from a holiday-cn JSON file (see {@link HolidayCnYear#read(Path)}).
         *
         * @param holidayCnFile the file, e.g. {@code 2027.json}
         * @return this builder
         * @throws CalendarDataException the file is missing, malformed or breaks the format
         */
        public Builder load(Path holidayCnFile) {
            return add(HolidayCnYear.read(holidayCnFile));
        }

        /**
         * Loads a year of official data from holiday-cn JSON in a stream (not closed).
         *
         * @param holidayCnJson the JSON
         * @param source        its name for error messages
         * @return this builder
         * @throws CalendarDataException the JSON is malformed or breaks the format
         */
        public Builder load(InputStream holidayCnJson, String source) {
            return add(HolidayCnYear.read(holidayCnJson, source));
        }

        /**
         * Declares years as fully described by the weekend pattern and the overrides (a calendar
         * without official data, e.g. for a host outside mainland China), so they are known.
         *
         * @param from        first year
         * @param toInclusive last year
         * @return this builder
         */
        public Builder knownYears(int from, int toInclusive) {
            checkYear("knownYears.from", from);
            checkYear("knownYears.toInclusive", toInclusive);
            if (toInclusive < from) {
                throw new IllegalArgumentException("knownYears: value " + from + "–" + toInclusive + ": empty range");
            }
            for (int y = from; y <= toInclusive; y++) {
                declaredYears.add(y);
            }
            return this;
        }

        /**
         * What to do for a year without data; {@link UnknownYearPolicy#FAIL} for {@link WorkingDayCalendar#builder()},
         * {@link UnknownYearPolicy#PROVISIONAL} for a builder from {@link WorkingDayCalendar#chinaMainland()}.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder unknownYearPolicy(UnknownYearPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return the immutable calendar
         * @throws CalendarDataException two notices disagree about a date
         */
        public WorkingDayCalendar build() {
            return new WorkingDayCalendar(this);
        }

        private Builder override(LocalDate d, boolean off) {
            Objects.requireNonNull(d, "d");
            checkYear(off ? "dayOff" : "workingDay", d);
            overrides.put(d, off);
            return this;
        }

        private Builder overrideRange(LocalDate from, LocalDate toInclusive, boolean off) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(toInclusive, "toInclusive");
            if (toInclusive.isBefore(from)) {
                throw new IllegalArgumentException((off ? "daysOff" : "workingDays") + ": value " + from + "–"
                        + toInclusive + ": the end is before the start");
            }
            checkYear(off ? "daysOff" : "workingDays", from);
            checkYear(off ? "daysOff" : "workingDays", toInclusive);
            for (LocalDate d = from; !d.isAfter(toInclusive); d = d.plusDays(1)) {
                overrides.put(d, off);
            }
            return this;
        }

        private static void checkYear(String field, LocalDate d) {
            if (d.getYear() < MIN_DATA_YEAR || d.getYear() > MAX_DATA_YEAR) {
                throw new IllegalArgumentException(field + ": value " + d + ": must be in the years "
                        + MIN_DATA_YEAR + "–" + MAX_DATA_YEAR);
            }
        }

        private static void checkYear(String field, int y) {
            if (y < MIN_DATA_YEAR || y > MAX_DATA_YEAR) {
                throw new IllegalArgumentException(field + ": value " + y + ": must be in the years "
                        + MIN_DATA_YEAR + "–" + MAX_DATA_YEAR);
            }
        }
    }
}
