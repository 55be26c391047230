package dev.wuye.complaint.statistics;

import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The figures of the monthly analysis table, with their Chinese and English names, in table order.
 * Each constant's formula is the one of the {@link MonthlyAnalysis} component or method it reads;
 * "procedure" marks a figure the procedure itself defines, "ours" one whose formula is the project's
 * choice (the procedure names what the table covers, R-4.6.1, but gives no rate formula).
 */
public enum AnalysisMetric {
    /** 受理总数 — opinions accepted in the month (procedure: ). */
    ACCEPTED("受理总数", "Opinions accepted", MonthlyAnalysis::accepted),
    /** 有效投诉 — complaints accepted in the month classified valid (procedure: ). */
    VALID_COMPLAINTS("有效投诉", "Valid complaints", MonthlyAnalysis::validComplaints),
    /** 无效投诉 — complaints accepted in the month classified invalid (procedure: ). */
    INVALID_COMPLAINTS("无效投诉", "Invalid complaints", MonthlyAnalysis::invalidComplaints),
    /** 有效投诉率 — valid / (valid + invalid) complaints accepted in the month (ours). */
    VALID_COMPLAINT_SHARE("有效投诉率", "Valid-complaint share", null, MonthlyAnalysis::validComplaintShare),
    /** 处理及时率（已测定） — measured in the month on time / measured in the month (ours; limits ). */
    ON_TIME("处理及时率（已测定）", "Handled on time, of those measured", null, MonthlyAnalysis::onTime),
    /**
     * 处理及时率（含超时未办结） — measured on time / (measured + open past the limit at the month end)
     * (ours; limits ).
     */
    ON_TIME_COUNTING_OVERDUE("处理及时率（含超时未办结）", "Handled on time, counting open overdue cases", null,
            MonthlyAnalysis::onTimeCountingOverdue),
    /** 回访率 — first completed in the month and followed up / first completed in the month (ours; R-4.4.2a). */
    FOLLOWED_UP("回访率", "Follow-up rate", null, MonthlyAnalysis::followedUp),
    /** 回访及时率 — followed up within two working days / with a channel (ours; limit R-4.4.2b). */
    FOLLOW_UP_IN_TIME("回访及时率", "Follow-up in time", null, MonthlyAnalysis::followUpInTime),
    /** 及时性满意率 — "handled in time" answers yes / asked (ours; the question is R-4.4.2d's). */
    TIMELINESS_SATISFIED("及时性满意率", "Satisfied with timeliness", null, MonthlyAnalysis::timelinessSatisfied),
    /**
     * 处理结果满意率 — satisfied with the result, online replies judged satisfied included / asked, online
     * replies judged included (ours; the question is R-4.4.2d's, the online verdict R-4.6.5's).
     */
    RESULT_SATISFIED("处理结果满意率", "Satisfied with the result", null, MonthlyAnalysis::resultSatisfied),
    /** 服务态度满意率 — satisfied with the attitude / asked (ours; the question is R-4.4.2d's). */
    ATTITUDE_SATISFIED("服务态度满意率", "Satisfied with the attitude", null, MonthlyAnalysis::attitudeSatisfied),
    /**
     * 网上回复视为满意 — online replies judged satisfied in the month / judged in the month (the verdict is
     * the procedure's, R-4.6.5; the month it is counted in is ours).
     */
    ONLINE_REPLIES_SATISFIED("网上回复视为满意", "Online replies judged satisfied", null,
            MonthlyAnalysis::onlineRepliesSatisfied),
    /** 网上回复待观察 — approved online replies still within their month at the month end. */
    ONLINE_REPLIES_PENDING("网上回复待观察", "Online replies pending", MonthlyAnalysis::onlineRepliesPending),
    /** 本月办结 — cases closed in the month (ours). */
    CLOSED("本月办结", "Closed this month", MonthlyAnalysis::closed),
    /** 再处理 — re-handling cycles assigned in the month (ours; R-4.4.2d). */
    RE_HANDLED("再处理", "Re-handled", MonthlyAnalysis::reHandled),
    /** 升级处理 — accepted in the month and escalated above the handler (ours; R-4.3.1f). */
    ESCALATED("升级处理", "Escalated", MonthlyAnalysis::escalated),
    /** 重大投诉 — major complaints accepted in the month (ours; R-4.3.1c). */
    MAJOR("重大投诉", "Major complaints", MonthlyAnalysis::major),
    /** 二次投诉 — secondary complaints accepted in the month (ours; ). */
    SECONDARY_COMPLAINTS("二次投诉", "Secondary complaints", MonthlyAnalysis::secondaryComplaints),
    /** 纠正和预防措施 — accepted in the month with a corrective action (procedure names them, R-4.3.1b). */
    CORRECTIVE_ACTIONS("纠正和预防措施", "Corrective and preventive actions", MonthlyAnalysis::correctiveActions),
    /**
     * 同类重复发生 — complaints and suggestions accepted in the month whose kind completed within the month
     * before / complaints and suggestions with a category accepted in the month (ours; window R-4.4.2d6).
     */
    RECURRENCES("同类重复发生", "Recurrences of the same kind", null, MonthlyAnalysis::recurrences),
    /** 转下月处理 — open at the month end (ours). */
    CARRIED_OVER("转下月处理", "Carried over to next month", MonthlyAnalysis::carriedOver),
    /** 超时未办结 — valid complaints open past their limit at the month end (ours; limits ). */
    OVERDUE("超时未办结", "Overdue", MonthlyAnalysis::overdueCount),
    /** 走访次数 — visits logged in the month (procedure: ). */
    VISITS_DONE("走访次数", "Customer visits", MonthlyAnalysis::visitsDone),
    /** 走访达标率 — staff who made the quota of 2–3 visits / staff (quota: procedure, R-4.5.1). */
    VISIT_QUOTA_MET("走访达标率", "Staff meeting the visit quota", null, MonthlyAnalysis::visitQuotaMet),
    /** 走访检查 — departments whose visits the supervisor checked / departments with visit staff. */
    VISIT_CHECKS("走访检查", "Visit checks by the supervisor", null, MonthlyAnalysis::visitChecks),
    /** 办理表周审核 — weeks of the month reviewed / weeks of the month (R-4.4.2d7). */
    WEEKLY_REVIEWS("办理表周审核", "Weekly reviews of handling forms", null, MonthlyAnalysis::weeklyReviews);

    private final String labelZh;
    private final String labelEn;
    private final ToLongFunction<MonthlyAnalysis> count;
    private final Function<MonthlyAnalysis, Rate> rate;

    AnalysisMetric(String labelZh, String labelEn, ToLongFunction<MonthlyAnalysis> count) {
        this(labelZh, labelEn, count, null);
    }

    AnalysisMetric(String labelZh, String labelEn, ToLongFunction<MonthlyAnalysis> count,
                   Function<MonthlyAnalysis, Rate> rate) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.count = count;
        this.rate = rate;
    }

    /** The Chinese label used on the forms. */
    public String label() {
        return labelZh;
    }

    /** The English label. */
    public String labelEn() {
        return labelEn;
    }

    /** Whether this figure is a rate. */
    public boolean isRate() {
        return rate != null;
    }

    /**
     * The figure as a number: a count, or a rate's ratio (empty when undefined).
     *
     * @param a the table
     * @return the value
     */
    public OptionalDouble value(MonthlyAnalysis a) {
        return rate != null ? rate.apply(a).value() : OptionalDouble.of(count.applyAsLong(a));
    }

    /**
     * The rate of a rate figure.
     *
     * @param a the table
     * @return the rate
     * @throws IllegalStateException for a count figure
     */
    public Rate rate(MonthlyAnalysis a) {
        if (rate == null) {
            throw new IllegalStateException(name() + " is a count, not a rate");
        }
        return rate.apply(a);
    }

    /**
     * The figure as shown on the table: {@code 12}, or {@code 3/4 (75.0%)}, or {@code 0/0 (—)}.
     *
     * @param a the table
     * @return the text
     */
    public String display(MonthlyAnalysis a) {
        return rate != null ? rate.apply(a).toString() : Long.toString(count.applyAsLong(a));
    }
}
