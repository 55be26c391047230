package dev.wuye.complaint.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * The constant-time index behind {@link WorkingDayCalendar}: a global rank of working days, so that
 * "the n-th working day after d" is one array lookup and "working days between a and b" a subtraction.
 *
 * <p>Over a dense span of whole years (those with data, overrides or a provisional rule) it keeps
 * {@code rank[i]} (working days up to day i) and {@code positions[k]} (the day of the k-th working
 * day); outside the span whole weeks of the weekend pattern are counted arithmetically. Nothing loops
 * over days after construction. Immutable.
 */
final class DayRanks {

    /** Epoch day of Monday 1970-01-05: week arithmetic is anchored on it. */
    private static final long MONDAY = 4;

    private final Set<DayOfWeek> weekend;

    // week pattern: working days per week, prefix count within a week from Monday, n-th working weekday
    private final int perWeek;
    private final int[] weekPrefix = new int[7];
    private final int[] weekNth;

    // dense span of whole years; empty when spanDays == 0
    private final long spanStart;
    private final int spanDays;
    private final boolean[] working;
    private final int[] rank;          // rank[i] = working days in [spanStart, spanStart + i]
    private final int[] positions;     // positions[k] = offset of the (k+1)-th working day of the span
    private final int[] unknownBefore; // unknownBefore[i] = days of years without data in [spanStart, spanStart + i)
    private final long spanBase;       // pattern rank just before the span
    private final long spanTop;        // rank at the end of the span

    /**
     * Builds the index.
     *
     * @param weekend   the weekend days
     * @param facts     date → {@code true} for a day off, {@code false} for a working day, over the pattern
     * @param spanYears the years the dense span covers (those of {@code facts} included)
     * @param known     the years with data (official or declared); the others of the span are "unknown"
     */
    DayRanks(Set<DayOfWeek> weekend, Map<LocalDate, Boolean> facts, SortedSet<Integer> spanYears, Set<Integer> known) {
        this.weekend = weekend;
        int count = 0;
        for (int i = 0; i < 7; i++) {
            if (!weekend.contains(DayOfWeek.of(i + 1))) {
                count++;
            }
            weekPrefix[i] = count;
        }
        this.perWeek = count;
        this.weekNth = new int[perWeek];
        for (int i = 0, k = 0; i < 7; i++) {
            if (!weekend.contains(DayOfWeek.of(i + 1))) {
                weekNth[k++] = i;
            }
        }
        if (spanYears.isEmpty()) {
            spanStart = 0;
            spanDays = 0;
            working = new boolean[0];
            rank = new int[0];
            positions = new int[0];
            unknownBefore = new int[0];
            spanBase = 0;
            spanTop = 0;
            return;
        }
        spanStart = LocalDate.of(spanYears.first(), 1, 1).toEpochDay();
        spanDays = (int) (LocalDate.of(spanYears.last(), 12, 31).toEpochDay() - spanStart + 1);
        working = new boolean[spanDays];
        rank = new int[spanDays];
        int total = 0;
        for (int i = 0; i < spanDays; i++) {
            working[i] = patternWorking(spanStart + i);
        }
        for (Map.Entry<LocalDate, Boolean> e : facts.entrySet()) {
            working[(int) (e.getKey().toEpochDay() - spanStart)] = !e.getValue();
        }
        for (int i = 0; i < spanDays; i++) {
            if (working[i]) {
                total++;
            }
            rank[i] = total;
        }
        positions = new int[total];
        for (int i = 0, k = 0; i < spanDays; i++) {
            if (working[i]) {
                positions[k++] = i;
            }
        }
        unknownBefore = new int[spanDays + 1];
        for (int i = 0; i < spanDays; i++) {
            boolean unknown = !known.contains(LocalDate.ofEpochDay(spanStart + i).getYear());
            unknownBefore[i + 1] = unknownBefore[i] + (unknown ? 1 : 0);
        }
        spanBase = pattern(spanStart - 1);
        spanTop = spanBase + total;
    }

    /** Whether the epoch day is a working day. */
    boolean workingAt(long day) {
        long i = day - spanStart;
        if (i >= 0 && i < spanDays) {
            return working[(int) i];
        }
        return patternWorking(day);
    }

    /** A global, strictly increasing-on-working-days count: rankOf(b) - rankOf(a) = working days in (a, b]. */
    long rankOf(long day) {
        long i = day - spanStart;
        if (spanDays == 0 || i < 0) {
            return pattern(day);
        }
        if (i < spanDays) {
            return spanBase + rank[(int) i];
        }
        return spanTop + pattern(day) - pattern(spanStart + spanDays - 1);
    }

    /** The working day whose rank is {@code k}. */
    long dayOfRank(long k) {
        if (spanDays == 0 || k <= spanBase) {
            return patternDay(k);
        }
        if (k <= spanTop) {
            return spanStart + positions[(int) (k - spanBase - 1)];
        }
        return patternDay(k - spanTop + pattern(spanStart + spanDays - 1));
    }

    /** Whether every day of {@code [from, to]} lies in the span and in a year with data: the fast path of the year check. */
    boolean allKnown(long from, long to) {
        long i = from - spanStart;
        long j = to - spanStart;
        return i >= 0 && j < spanDays && unknownBefore[(int) j + 1] == unknownBefore[(int) i];
    }

    private boolean patternWorking(long day) {
        return !weekend.contains(DayOfWeek.of((int) Math.floorMod(day - MONDAY, 7L) + 1));
    }

    /** Working days of the bare weekend pattern in (MONDAY - 1, day]; negative before it. */
    private long pattern(long day) {
        long offset = day - MONDAY;
        return Math.floorDiv(offset, 7L) * perWeek + weekPrefix[(int) Math.floorMod(offset, 7L)];
    }

    /** The smallest day whose pattern rank is {@code k}. */
    private long patternDay(long k) {
        long weeks = Math.floorDiv(k - 1, (long) perWeek);
        int r = (int) (k - weeks * perWeek);
        return MONDAY + weeks * 7 + weekNth[r - 1];
    }
}
