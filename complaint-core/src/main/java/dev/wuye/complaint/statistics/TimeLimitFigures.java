package dev.wuye.complaint.statistics;

import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.spi.CaseSnapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * One department's valid complaints against their time limits in the month: measured on time
 * followed up and followed up in time once first completed (R-4.4.2a/b), and the overdue
 * ones at the month end (count and the most overdue first, up to the settings' list limit).
 */
final class TimeLimitFigures {

    private final DueDays due;
    private final int overdueListLimit;
    private final MonthWindow window;
    /** The month's last day as an epoch day. */
    private final long lastDay;

    private final Tally onTime = new Tally();
    private final Tally followedUp = new Tally();
    private final Tally followUpInTime = new Tally();
    private long overdueCount;
    /** The most overdue so far; its head is the least overdue of them. */
    private final PriorityQueue<OverdueCase> mostOverdue =
            new PriorityQueue<>((a, b) -> OverdueCase.ORDER.compare(b, a));

    TimeLimitFigures(DueDays due, StatisticsSettings settings, MonthWindow window) {
        this.due = due;
        this.overdueListLimit = settings.overdueListLimit();
        this.window = window;
        this.lastDay = window.last.toEpochDay();
    }

    /**
     * Counts a valid complaint accepted by the month end.
     *
     * @param s               the case
     * @param followUpChannel its follow-up channel
     */
    void accept(CaseSnapshot s, FollowUpMethod followUpChannel) {
        LocalDate deadline = due.timeLimitDeadline(s);
        long deadlineDay = deadline.toEpochDay();
        Instant end = TimeLimits.measuredEndInstant(s, followUpChannel);
        if (window.in(end)) {
            onTime.count(window.epochDay(end) <= deadlineDay);
        }
        boolean openAtMonthEnd = end == null || !end.isBefore(window.nextAt);
        if (deadlineDay <= lastDay && openAtMonthEnd) {
            overdue(s, deadline);
        }
        Instant firstCompletion = TimeLimits.firstCompletion(s);
        if (firstCompletion != null && window.in(firstCompletion)) {
            followedUp.count(!s.followUps().isEmpty());
            if (followUpChannel != FollowUpMethod.NONE) {
                followUpInTime.count(TimeLimits.followUpInTime(s, due));
            }
        }
    }

    private void overdue(CaseSnapshot s, LocalDate deadline) {
        overdueCount++;
        // A full list only takes a case more overdue than its least overdue one (checked before allocating).
        if (overdueListLimit == 0
                || mostOverdue.size() >= overdueListLimit && !moreOverdue(deadline, s.id(), mostOverdue.peek())) {
            return;
        }
        OverdueCase o = new OverdueCase(s.id(), s.recordNumber(), s.department(), s.acceptanceDate(), deadline,
                s.state());
        if (mostOverdue.size() < overdueListLimit) {
            mostOverdue.add(o);
        } else if (OverdueCase.ORDER.compare(o, mostOverdue.peek()) < 0) {
            mostOverdue.poll();
            mostOverdue.add(o);
        }
    }

    private static boolean moreOverdue(LocalDate deadline, String id, OverdueCase than) {
        int c = deadline.compareTo(than.deadline());
        return c < 0 || c == 0 && id.compareTo(than.caseId()) < 0;
    }

    Rate onTime() {
        return onTime.rate();
    }

    Rate followedUp() {
        return followedUp.rate();
    }

    Rate followUpInTime() {
        return followUpInTime.rate();
    }

    long overdueCount() {
        return overdueCount;
    }

    /** The most overdue first. */
    List<OverdueCase> overdue() {
        List<OverdueCase> list = new ArrayList<>(mostOverdue);
        list.sort(OverdueCase.ORDER);
        return list;
    }
}
