package dev.wuye.complaint.lifecycle.internal;

import dev.wuye.complaint.lifecycle.Route;
import dev.wuye.complaint.lifecycle.TransitionFacts;
import java.util.function.Predicate;

/**
 * The guards of the state chart (docs/lifecycle-transitions.md). A closed set, so that a transition of the built
 * Spring machine can name its guard and the compiled engine can find the same object again.
 */
public enum ChartGuard implements FactsGuard {
    /** 定性为无效投诉 — CLASSIFY leads to the head's confirmation (R-4.2.4b). */
    CLASSIFIED_INVALID("R-4.2.4b", "lifecycle.guard.classificationStatesType", "定性为无效投诉",
            f -> f.route() == Route.INVALID_COMPLAINT),
    /** 定性为咨询、建议、表扬或有效投诉 — CLASSIFY leads to assignment (R-4.2.4b). */
    CLASSIFIED_FOR_HANDLING("R-4.2.4b", "lifecycle.guard.classificationStatesType", "定性为咨询/建议/表扬/有效投诉",
            f -> f.route() == Route.INQUIRY || f.route() == Route.SUGGESTION
                    || f.route() == Route.PRAISE || f.route() == Route.VALID_COMPLAINT),
    /** 类型为咨询 — only an inquiry is closed by answering it (R-4.2.2a). */
    IS_INQUIRY("R-4.2.2a", "lifecycle.guard.inquiryOnly", "类型为咨询",
            f -> f.route() == Route.INQUIRY),
    /** 类型为建议 — only a suggestion is closed by replying to it (R-4.2.2a). */
    IS_SUGGESTION("R-4.2.2a", "lifecycle.guard.suggestionOnly", "类型为建议",
            f -> f.route() == Route.SUGGESTION),
    /** 类型为表扬 — only praise is closed by passing it on (R-4.2.2a). */
    IS_PRAISE("R-4.2.2a", "lifecycle.guard.praiseOnly", "类型为表扬",
            f -> f.route() == Route.PRAISE),
    /** 已记录调查与现场核实 — a solution needs the investigation first (R-4.3.1e). */
    INVESTIGATION_RECORDED("R-4.3.1e",
            "lifecycle.guard.investigationFirst",
            "已记录调查与现场核实", TransitionFacts::investigationRecorded),
    /** 未到总经理 — there is a higher level to escalate to (R-4.3.1f). */
    ESCALATION_POSSIBLE("R-4.3.1f", "lifecycle.guard.atGeneralManager", "尚未升级至总经理",
            f -> !f.escalationExhausted()),
    /** 有效投诉 — a completed valid complaint waits for its follow-up (R-4.4.2a). */
    VALID_COMPLAINT("R-4.4.2a", ChartGuard.COMPLETION, "有效投诉",
            f -> f.route() == Route.VALID_COMPLAINT),
    /** 非有效投诉 — anything else is closed when completed (R-4.4.2a). */
    NOT_VALID_COMPLAINT("R-4.4.2a", ChartGuard.COMPLETION, "非有效投诉",
            f -> f.route() != Route.VALID_COMPLAINT),
    /** 非网上回访且满意 — the follow-up closes the case (R-4.4.2d, R-4.4.2d5). */
    FOLLOW_UP_SATISFIED("R-4.4.2d5", "lifecycle.guard.onlineFollowUpIsApprovedReply",
            "非网上回访且满意", f -> !f.onlineFollowUp() && f.followUpSatisfied()),
    /** 非网上回访且不满意 — the case goes back to handling (R-4.4.2d, R-4.4.2d5). */
    FOLLOW_UP_UNSATISFIED("R-4.4.2d5", "lifecycle.guard.onlineFollowUpIsApprovedReply",
            "非网上回访且不满意，重新处理", f -> !f.onlineFollowUp() && !f.followUpSatisfied()),
    /** 客户选择网上回访 — an online reply only when the customer chose online (R-4.4.2c). */
    ONLINE_FOLLOW_UP("R-4.4.2c", "lifecycle.guard.chosenMethod", "客户选择网上回访",
            TransitionFacts::onlineFollowUp),
    /** 非有效投诉或已回访 — a valid complaint is filed only after its follow-up (R-4.4.2a). */
    ARCHIVABLE("R-4.4.2a", "lifecycle.guard.archiveAfterFollowUp", "非有效投诉或已回访",
            f -> f.route() != Route.VALID_COMPLAINT || f.followUpDone());

    /** Shared by the two complementary COMPLETE guards (one of them always holds). */
    private static final String COMPLETION = "lifecycle.guard.completion";

    private final String ruleId;
    private final String messageKey;
    private final String label;
    private final Predicate<TransitionFacts> condition;

    ChartGuard(String ruleId, String messageKey, String label, Predicate<TransitionFacts> condition) {
        this.ruleId = ruleId;
        this.messageKey = messageKey;
        this.label = label;
        this.condition = condition;
    }

    @Override
    public String ruleId() {
        return ruleId;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean test(TransitionFacts facts) {
        return condition.test(facts);
    }
}
