package dev.wuye.complaint.statistics;

import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.classification.RecurrenceCheck;
import dev.wuye.complaint.classification.RecurrenceDetector;
import dev.wuye.complaint.classification.RecurrenceReport;
import dev.wuye.complaint.classification.SnapshotCodes;
import dev.wuye.complaint.spi.CaseSnapshot;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * in the monthly table: 「对网上回访满意情况，如同类意见在一个月内不再在同部门重复出现，则此回复做为
 * 回访满意进行统计」. An approved online reply is judged by the {@link RecurrenceDetector} (same kind:
 * {@code SameKind}, window: {@code RecurrenceWindow}) as of the month's last day, over the cases
 * accepted by then, so a month's figures do not change when the table is computed again later:
 * <ul>
 *   <li>satisfied — counted in the month of the day after its window ended;</li>
 *   <li>unsatisfied — counted in the month the same kind recurred (the recurring opinion's acceptance);</li>
 *   <li>pending — posted by the month end, window still open, nothing recurred so far.</li>
 * </ul>
 */
final class OnlineReplyVerdicts {

    private final MonthWindow window;
    /** The earliest acceptance day a recurrence that matters to this month can have. */
    private final LocalDate earliest;
    /** Online replies approved and posted before the month end. */
    private final Set<String> posted = new HashSet<>();
    /** Per department: satisfied, judged, pending. */
    private final Map<String, long[]> byDepartment = new HashMap<>();

    OnlineReplyVerdicts(MonthWindow window) {
        this.window = window;
        this.earliest = earliestCompletion(YearMonth.from(window.start));
    }

    /**
     * The earliest completion day whose one-month window ends on or after the day before the month's
     * first day, i.e. whose verdict can settle in the month: {@code plusMonths} clamps month ends, so
     * it lies a few days before the previous month when that month is shorter than the one before it.
     *
     * @param month the month
     * @return the day
     */
    static LocalDate earliestCompletion(YearMonth month) {
        LocalDate dayBefore = month.atDay(1).minusDays(1);
        LocalDate candidate = dayBefore.minusMonths(1);
        return candidate.plusMonths(1).equals(dayBefore) ? candidate : month.minusMonths(1).atDay(1);
    }

    /**
     * Notes an online reply posted by the month end, and tells whether the detector needs the case:
     * an online reply, or an opinion of a kind accepted late enough to be a recurrence that matters.
     *
     * @param s a case accepted before the month end
     * @return whether to pass it to the detector
     */
    boolean feeds(CaseSnapshot s) {
        if (s.category() == null) {
            return false;
        }
        boolean online = SnapshotCodes.followUpChannel(s) == FollowUpMethod.ONLINE;
        if (online && s.onlineReplyPostedAt() != null && s.onlineReplyPostedAt().isBefore(window.nextAt)) {
            posted.add(s.id());
        }
        return online || !s.acceptanceDate().isBefore(earliest);
    }

    /**
     * Counts the verdicts on the posted replies.
     *
     * @param report the detector's report as of the month's last day
     */
    void judge(RecurrenceReport report) {
        for (RecurrenceCheck check : report.checks(RecurrenceDetector.ONLINE_REPLY_RULE)) {
            if (!posted.contains(check.caseId())) {
                continue;
            }
            long[] n = byDepartment.computeIfAbsent(check.kind().department(), d -> new long[3]);
            if (check.outcome() == RecurrenceCheck.Outcome.PENDING) {
                n[2]++;
            } else if (window.in(check.settledOn().orElseThrow())) {
                n[1]++;
                if (check.outcome() == RecurrenceCheck.Outcome.SATISFIED) {
                    n[0]++;
                }
            }
        }
    }

    /** A department's replies judged in the month: satisfied / judged. */
    Rate satisfied(String department) {
        long[] n = byDepartment.get(department);
        return n == null ? Rate.UNDEFINED : new Rate(n[0], n[1]);
    }

    /** A department's replies pending at the month end. */
    long pending(String department) {
        long[] n = byDepartment.get(department);
        return n == null ? 0 : n[2];
    }
}
