package dev.wuye.complaint.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The month a table is about, as dates and instants in the statistics' zone, reaching back to the
 * day before the first of the previous month ({@link #recurrenceFrom}) so that the completions a
 * recurrence of this month looks back to are seen (R-4.4.2d6).
 */
final class MonthWindow {

    /** The first day of the month. */
    final LocalDate start;
    /** The first day of the next month. */
    final LocalDate next;
    /** The last day of the month. */
    final LocalDate last;
    /** The day before the first of the previous month: day index 0 of the recurrence days. */
    final LocalDate recurrenceFrom;
    /** The month's first instant. */
    final Instant startAt;
    /** The next month's first instant. */
    final Instant nextAt;
    /** The first instant of {@link #recurrenceFrom}. */
    final Instant recurrenceFromAt;
    /** Days from {@link #recurrenceFrom} (index 0) to the month's last day. */
    final int days;

    private final ZoneId zone;
    /** The zone's next offset change after {@link #recurrenceFromAt} ({@link Instant#MAX} for none). */
    private final Instant offsetChange;
    /** The zone's offset in seconds from {@link #recurrenceFromAt} up to {@link #offsetChange}. */
    private final int fixedOffset;

    /** By day index: the index of the same day one month later ({@link LocalDate#plusMonths}), maybe past the window. */
    private final int[] monthLater;

    MonthWindow(YearMonth month, ZoneId zone) {
        this.zone = zone;
        start = month.atDay(1);
        next = month.plusMonths(1).atDay(1);
        last = month.atEndOfMonth();
        recurrenceFrom = start.minusMonths(1).minusDays(1);
        startAt = start.atStartOfDay(zone).toInstant();
        nextAt = next.atStartOfDay(zone).toInstant();
        recurrenceFromAt = recurrenceFrom.atStartOfDay(zone).toInstant();
        days = (int) (next.toEpochDay() - recurrenceFrom.toEpochDay());
        ZoneRules rules = zone.getRules();
        ZoneOffsetTransition t = rules.nextTransition(recurrenceFromAt);
        offsetChange = t == null ? Instant.MAX : t.getInstant();
        fixedOffset = rules.getOffset(recurrenceFromAt).getTotalSeconds();
        monthLater = new int[days];
        for (int day = 0; day < days; day++) {
            monthLater[day] = dayIndex(day(day).plusMonths(1));
        }
    }

    /** Whether an instant falls in the month; {@code false} for {@code null}. */
    boolean in(Instant t) {
        return t != null && !t.isBefore(startAt) && t.isBefore(nextAt);
    }

    /** Whether a date falls in the month. */
    boolean in(LocalDate d) {
        return !d.isBefore(start) && d.isBefore(next);
    }

    /** Whether an instant falls in {@code [recurrenceFrom, next)}, the days recurrences look at. */
    boolean inRecurrenceDays(Instant t) {
        return !t.isBefore(recurrenceFromAt) && t.isBefore(nextAt);
    }

    /** Index of a date in {@code [recurrenceFrom, next)}. */
    int dayIndex(LocalDate d) {
        return (int) (d.toEpochDay() - recurrenceFrom.toEpochDay());
    }

    /** Index of an instant's date in {@code [recurrenceFrom, next)}. */
    int dayIndex(Instant t) {
        return (int) (epochDay(t) - recurrenceFrom.toEpochDay());
    }

    /** Whether day index {@code day} is on or before the day one month after day index {@code earlier}. */
    boolean withinMonthAfter(int earlier, int day) {
        return day <= monthLater[earlier];
    }

    /** The date of the day index {@code day}. */
    LocalDate day(int day) {
        return recurrenceFrom.plusDays(day);
    }

    /** The epoch day of an instant in the zone, without allocating where the offset is constant. */
    long epochDay(Instant t) {
        if (inFixedOffset(t)) {
            return Math.floorDiv(t.getEpochSecond() + fixedOffset, 86_400L);
        }
        return LocalDate.ofInstant(t, zone).toEpochDay();
    }

    /** Whether an instant lies where the zone's offset is {@link #fixedOffset}: from the window's start to its next change. */
    private boolean inFixedOffset(Instant t) {
        return !t.isBefore(recurrenceFromAt) && t.isBefore(offsetChange);
    }

    /** The Mondays of the month: the weeks whose handling forms the head reviews (R-4.4.2d7). */
    long mondays() {
        return start.datesUntil(next).filter(d -> d.getDayOfWeek() == java.time.DayOfWeek.MONDAY).count();
    }
}
