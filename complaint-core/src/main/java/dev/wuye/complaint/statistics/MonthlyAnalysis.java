package dev.wuye.complaint.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The monthly analysis table 《客户意见统计分析表》 of one department (R-4.6.1–3), or a roll-up of
 * several. Every figure has a precise population, documented per component; "in the month"
 * means the date (in the configured zone) falls in the month. The procedure names what the table
 * covers (R-4.6.1: problems, corrective measures, common service problems) but gives no formula for
 * any rate: every formula below is the project's own, except where a component says it is the
 * procedure's (the follow-up answers of R-4.4.2d, the online-reply verdict of, the visit quota
 * of ). {@code docs/rules.md} ("Statistics") lists them all.
 *
 * <p>A rate is {@code numerator / denominator} and undefined when nothing was measured. Flows (what
 * happened in the month) add up over departments and months; stocks (carried over, overdue, pending
 * online replies) are the month end's and add up over departments only: a quarter shows the stock
 * at its last month's end.
 *
 * @param department              the department, or the company roll-up name
 * @param period                  {@code 2025-04}, or {@code 2025-Q2} for a quarter
 * @param accepted                opinions accepted in the month (acceptance date)
 * @param byType                  accepted in the month by type code ({@code UNCLASSIFIED} when none yet)
 * @param byChannel               accepted in the month by channel code
 * @param byCategory              accepted in the month by category code ({@code UNCLASSIFIED} when none)
 * @param validComplaints         complaints accepted in the month classified valid (R-4.2.2a/c)
 * @param invalidComplaints       complaints accepted in the month classified invalid (R-4.2.2b/c)
 * @param onTime                  处理及时率（已测定）: valid complaints whose time limit was measured in the month
 *                                and met it / valid complaints whose time limit was measured in the month.
 *                                Open cases past their limit are not in it: see {@link #onTimeCountingOverdue()}
 * @param followedUp              回访率: valid complaints first completed in the month and followed up / valid
 *                                complaints first completed in the month (R-4.4.2a)
 * @param followUpInTime          回访及时率: of those with a follow-up channel, every cycle's first follow-up within
 *                                two working days of its completion / all of them (R-4.4.2b)
 * @param timelinessSatisfied     及时性满意率: follow-ups done in the month whose customer said "handled in time" /
 *                                follow-ups done in the month that asked it (R-4.4.2d)
 * @param resultSatisfied         处理结果满意率: follow-ups done in the month whose customer was satisfied with the
 *                                result, plus online replies judged satisfied in the month (R-4.6.5) / follow-ups
 *                                done in the month that asked it, plus online replies judged in the month
 * @param attitudeSatisfied       服务态度满意率: follow-ups done in the month satisfied with the attitude / asked it
 * @param onlineRepliesSatisfied  网上回复视为满意率: approved online replies whose verdict settled in the
 *                                month as satisfied (a month passed with no same-kind opinion in the department) /
 *                                approved online replies whose verdict settled in the month (satisfied: the day after
 *                                the window ends; unsatisfied: the day the same kind recurred)
 * @param onlineRepliesPending    网上回复待观察: approved online replies whose window was still open at the month end
 *                                with nothing recurred so far (a stock)
 * @param closed                  cases closed in the month
 * @param reHandled               cases with a re-handling cycle (number ≥ 2) assigned in the month (R-4.4.2d)
 * @param escalated               accepted in the month and escalated above the handler (R-4.3.1f)
 * @param major                   major complaints accepted in the month (R-4.3.1c)
 * @param secondaryComplaints     accepted in the month, arisen from an intake conflict
 * @param correctiveActions       accepted in the month with a corrective and preventive action (R-4.3.1b)
 * @param recurrences             同类重复发生: complaints and suggestions with a category accepted in the month of a
 *                                kind (category + department) whose earlier case completed handling within one month
 *                                before (R-4.4.2d6, R-4.6.5) / complaints and suggestions with a category accepted in
 *                                the month. Its population is every complaint (valid, invalid or not yet classified)
 *                                and suggestion, not the valid complaints alone
 * @param carriedOver             accepted by the month end and still open at its end: carried over to next month (a stock)
 * @param overdueCount            valid complaints past their time limit at the month end and not measured by then (a stock)
 * @param overdue                 the first {@code overdueListLimit} of them, most overdue first
 * @param visitsDone              customer visits logged in the month
 * @param visitQuotaMet           customer-service staff who met the monthly visit quota / staff
 * @param visitChecks             departments whose supervisor checked the visits / departments with visit staff
 * @param weeklyReviews           weeks (Mondays in the month) whose handling forms the head reviewed / weeks (R-4.4.2d7)
 */
public record MonthlyAnalysis(
        String department,
        String period,
        long accepted,
        SortedMap<String, Long> byType,
        SortedMap<String, Long> byChannel,
        SortedMap<String, Long> byCategory,
        long validComplaints,
        long invalidComplaints,
        Rate onTime,
        Rate followedUp,
        Rate followUpInTime,
        Rate timelinessSatisfied,
        Rate resultSatisfied,
        Rate attitudeSatisfied,
        Rate onlineRepliesSatisfied,
        long onlineRepliesPending,
        long closed,
        long reHandled,
        long escalated,
        long major,
        long secondaryComplaints,
        long correctiveActions,
        Rate recurrences,
        long carriedOver,
        long overdueCount,
        List<OverdueCase> overdue,
        long visitsDone,
        Rate visitQuotaMet,
        Rate visitChecks,
        Rate weeklyReviews) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public MonthlyAnalysis {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(period, "period");
        byType = frozen(byType);
        byChannel = frozen(byChannel);
        byCategory = frozen(byCategory);
        overdue = List.copyOf(overdue);
        Objects.requireNonNull(onTime, "onTime");
        Objects.requireNonNull(followedUp, "followedUp");
        Objects.requireNonNull(followUpInTime, "followUpInTime");
        Objects.requireNonNull(timelinessSatisfied, "timelinessSatisfied");
        Objects.requireNonNull(resultSatisfied, "resultSatisfied");
        Objects.requireNonNull(attitudeSatisfied, "attitudeSatisfied");
        Objects.requireNonNull(onlineRepliesSatisfied, "onlineRepliesSatisfied");
        Objects.requireNonNull(recurrences, "recurrences");
        Objects.requireNonNull(visitQuotaMet, "visitQuotaMet");
        Objects.requireNonNull(visitChecks, "visitChecks");
        Objects.requireNonNull(weeklyReviews, "weeklyReviews");
    }

    private static SortedMap<String, Long> frozen(Map<String, Long> m) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(m)));
    }

    /**
     * An empty table (every count 0, every rate undefined).
     *
     * @param department the department
     * @param period     the period
     * @return the table
     */
    public static MonthlyAnalysis empty(String department, String period) {
        return new MonthlyAnalysis(department, period, 0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), 0, 0,
                Rate.UNDEFINED, Rate.UNDEFINED, Rate.UNDEFINED, Rate.UNDEFINED, Rate.UNDEFINED, Rate.UNDEFINED,
                Rate.UNDEFINED, 0, 0, 0, 0, 0, 0, 0, Rate.UNDEFINED, 0, 0, List.of(), 0, Rate.UNDEFINED,
                Rate.UNDEFINED, Rate.UNDEFINED);
    }

    /**
     * Two departments' tables of the same period added up (the company roll-up, R-4.6.4).
     *
     * @param other        the other department's table
     * @param department   the name of the sum
     * @param overdueLimit how many overdue cases the sum lists
     * @return the sum
     */
    public MonthlyAnalysis plus(MonthlyAnalysis other, String department, int overdueLimit) {
        return combine(other, department, period, overdueLimit, false);
    }

    /**
     * Consecutive periods of one department added up (the quarter, R-4.6.4): flows are summed, the
     * month-end stocks (carried over, overdue) are those of {@code later}.
     *
     * @param later  the table of the later period
     * @param period the name of the combined period
     * @return the combined table
     */
    public MonthlyAnalysis followedBy(MonthlyAnalysis later, String period) {
        return combine(later, department, period, Integer.MAX_VALUE, true);
    }

    private MonthlyAnalysis combine(MonthlyAnalysis o, String dept, String per, int limit, boolean sequential) {
        List<OverdueCase> list;
        if (sequential) {
            list = o.overdue;
        } else {
            list = new ArrayList<>(overdue);
            list.addAll(o.overdue);
            list.sort(OverdueCase.ORDER);
            list = list.subList(0, Math.min(limit, list.size()));
        }
        return new MonthlyAnalysis(dept, per, accepted + o.accepted, sum(byType, o.byType),
                sum(byChannel, o.byChannel), sum(byCategory, o.byCategory), validComplaints + o.validComplaints,
                invalidComplaints + o.invalidComplaints, onTime.plus(o.onTime), followedUp.plus(o.followedUp),
                followUpInTime.plus(o.followUpInTime), timelinessSatisfied.plus(o.timelinessSatisfied),
                resultSatisfied.plus(o.resultSatisfied), attitudeSatisfied.plus(o.attitudeSatisfied),
                onlineRepliesSatisfied.plus(o.onlineRepliesSatisfied),
                sequential ? o.onlineRepliesPending : onlineRepliesPending + o.onlineRepliesPending,
                closed + o.closed, reHandled + o.reHandled, escalated + o.escalated, major + o.major,
                secondaryComplaints + o.secondaryComplaints, correctiveActions + o.correctiveActions,
                recurrences.plus(o.recurrences),
                sequential ? o.carriedOver : carriedOver + o.carriedOver,
                sequential ? o.overdueCount : overdueCount + o.overdueCount, list,
                visitsDone + o.visitsDone, visitQuotaMet.plus(o.visitQuotaMet), visitChecks.plus(o.visitChecks),
                weeklyReviews.plus(o.weeklyReviews));
    }

    /**
     * 有效投诉率 — the valid-complaint share (project's formula; the procedure gives none): complaints
     * accepted in the month classified valid / complaints accepted in the month classified valid or
     * invalid. Complaints not yet classified are in neither.
     *
     * @return valid / (valid + invalid)
     */
    public Rate validComplaintShare() {
        return new Rate(validComplaints, validComplaints + invalidComplaints);
    }

    /**
     * 处理及时率（含超时未办结） — the handled-on-time rate counting the open cases already past their
     * limit (project's formula; the procedure gives none): valid complaints measured in the month and
     * on time / (valid complaints measured in the month + valid complaints past their limit and not
     * measured at the month end). The two parts of the denominator are disjoint: a case measured in
     * the month is not open at its end. For a quarter the overdue part is the quarter end's.
     *
     * @return on time / (measured + overdue open)
     */
    public Rate onTimeCountingOverdue() {
        return new Rate(onTime.numerator(), onTime.denominator() + overdueCount);
    }

    private static SortedMap<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
        TreeMap<String, Long> m = new TreeMap<>(a);
        b.forEach((k, v) -> m.merge(k, v, Long::sum));
        return m;
    }

    /** The categories with the most opinions, most first: the common service problems. */
    public List<Map.Entry<String, Long>> topCategories(int n) {
        return byCategory.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).toList();
    }
}
