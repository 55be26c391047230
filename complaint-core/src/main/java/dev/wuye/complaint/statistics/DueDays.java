package dev.wuye.complaint.statistics;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.sla.SlaPolicy;
import dev.wuye.complaint.spi.CaseSnapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The due days of one table computation, on one calendar pinned for the whole computation: the last
 * day of a case's time limit (R-4.7.1/4.7.2) and the last day of a cycle's follow-up (R-4.4.2b),
 * each counted once per day and kept for the days near the month (direct-mapped caches); other days
 * are counted on demand. Shared by the departments of one computation; not thread-safe.
 */
final class DueDays implements TimeLimits.Days {

    /** Acceptance days before the month end whose time-limit deadlines are cached. */
    private static final int CACHED_DAYS = 400;
    /** Marks a follow-up due day not counted yet. */
    private static final long UNKNOWN = Long.MIN_VALUE;

    private final TimeLimits limits;
    private final WorkingDayCalendar calendar;
    private final int serviceCentreDays;
    private final int companyDays;
    private final int followUpDays;
    private final MonthWindow window;
    /** Epoch day of index 0 of the time-limit cache. */
    private final long firstCachedAcceptance;
    /** Deadlines by limit (service centre, company) and acceptance day. */
    private final LocalDate[][] deadlines = new LocalDate[2][];
    /** Follow-up due epoch days by the completion's day index in the window. */
    private final long[] followUpDue;

    /**
     * @param limits the time limits, pinned to one calendar
     * @param window the month
     */
    DueDays(TimeLimits limits, MonthWindow window) {
        this.limits = limits;
        this.calendar = limits.sla().calendar();
        SlaPolicy policy = limits.sla().policy();
        this.serviceCentreDays = policy.serviceCentreLimitDays();
        this.companyDays = policy.companyLimitDays();
        this.followUpDays = policy.followUpDays();
        this.window = window;
        this.firstCachedAcceptance = window.next.toEpochDay() - CACHED_DAYS;
        this.followUpDue = new long[window.days];
        Arrays.fill(followUpDue, UNKNOWN);
    }

    /** The last day of the case's time limit; cached for the two standard limits and recent days. */
    LocalDate timeLimitDeadline(CaseSnapshot s) {
        int days = limits.timeLimitDays(s);
        int slot = days == serviceCentreDays ? 0 : 1;
        long index = s.acceptanceDate().toEpochDay() - firstCachedAcceptance;
        if (index < 0 || index >= CACHED_DAYS || slot == 1 && days != companyDays) {
            return calendar.plusWorkingDays(s.acceptanceDate(), days);
        }
        if (deadlines[slot] == null) {
            deadlines[slot] = new LocalDate[CACHED_DAYS];
        }
        LocalDate d = deadlines[slot][(int) index];
        if (d == null) {
            d = calendar.plusWorkingDays(s.acceptanceDate(), days);
            deadlines[slot][(int) index] = d;
        }
        return d;
    }

    @Override
    public long epochDay(Instant t) {
        return window.epochDay(t);
    }

    @Override
    public long followUpDue(Instant completedAt) {
        long day = window.epochDay(completedAt);
        long index = day - window.recurrenceFrom.toEpochDay();
        if (index < 0 || index >= followUpDue.length) {
            return countFollowUpDue(day);
        }
        long due = followUpDue[(int) index];
        if (due == UNKNOWN) {
            due = countFollowUpDue(day);
            followUpDue[(int) index] = due;
        }
        return due;
    }

    private long countFollowUpDue(long completionDay) {
        return calendar.plusWorkingDays(LocalDate.ofEpochDay(completionDay), followUpDays).toEpochDay();
    }
}
