package dev.wuye.complaint.statistics;

import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The figures of the monthly analysis table, with their Chinese and English names, in table order. */
public enum AnalysisMetric {
    /** 受理总数. */
    ACCEPTED("受理总数", "Opinions accepted", MonthlyAnalysis::accepted),
    /** 有效投诉. */
    VALID_COMPLAINTS("有效投诉", "Valid complaints", MonthlyAnalysis::validComplaints),
    /** 无效投诉. */
    INVALID_COMPLAINTS("无效投诉", "Invalid complaints", MonthlyAnalysis::invalidComplaints),
    /** 处理及时率. */
    ON_TIME("处理及时率", "Handled within the time limit", null, MonthlyAnalysis::onTime),
    /** 回访率. */
    FOLLOWED_UP("回访率", "Follow-up rate", null, MonthlyAnalysis::followedUp),
    /** 回访及时率. */
    FOLLOW_UP_IN_TIME("回访及时率", "Follow-up in time", null, MonthlyAnalysis::followUpInTime),
    /** 及时性满意率. */
    TIMELINESS_SATISFIED("及时性满意率", "Satisfied with timeliness", null, MonthlyAnalysis::timelinessSatisfied),
    /** 处理结果满意率. */
    RESULT_SATISFIED("处理结果满意率", "Satisfied with the result", null, MonthlyAnalysis::resultSatisfied),
    /** 服务态度满意率. */
    ATTITUDE_SATISFIED("服务态度满意率", "Satisfied with the attitude", null, MonthlyAnalysis::attitudeSatisfied),
    /** 本月办结. */
    CLOSED("本月办结", "Closed this month", MonthlyAnalysis::closed),
    /** 再处理. */
    RE_HANDLED("再处理", "Re-handled", MonthlyAnalysis::reHandled),
    /** 升级处理. */
    ESCALATED("升级处理", "Escalated", MonthlyAnalysis::escalated),
    /** 重大投诉. */
    MAJOR("重大投诉", "Major complaints", MonthlyAnalysis::major),
    /** 二次投诉. */
    SECONDARY_COMPLAINTS("二次投诉", "Secondary complaints", MonthlyAnalysis::secondaryComplaints),
    /** 纠正和预防措施. */
    CORRECTIVE_ACTIONS("纠正和预防措施", "Corrective and preventive actions", MonthlyAnalysis::correctiveActions),
    /** 同类重复发生. */
    RECURRENCES("同类重复发生", "Recurrences of the same kind", MonthlyAnalysis::recurrences),
    /** 转下月处理. */
    CARRIED_OVER("转下月处理", "Carried over to next month", MonthlyAnalysis::carriedOver),
    /** 超时未办结. */
    OVERDUE("超时未办结", "Overdue", MonthlyAnalysis::overdueCount),
    /** 走访次数. */
    VISITS_DONE("走访次数", "Customer visits", MonthlyAnalysis::visitsDone),
    /** 走访达标率. */
    VISIT_QUOTA_MET("走访达标率", "Staff meeting the visit quota", null, MonthlyAnalysis::visitQuotaMet),
    /** 走访检查. */
    VISIT_CHECKS("走访检查", "Visit checks by the supervisor", null, MonthlyAnalysis::visitChecks),
    /** 办理表周审核. */
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
