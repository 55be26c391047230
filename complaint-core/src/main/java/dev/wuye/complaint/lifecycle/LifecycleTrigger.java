package dev.wuye.complaint.lifecycle;

/**
 * What can happen to a case. Each trigger names the rule that defines it; a trigger that is not
 * possible in the current state is rejected with that rule.
 */
public enum LifecycleTrigger {
    /** 交接 — the duty officer hands an off-hours registration to the receiver (R-4.2.4a). */
    HAND_OVER("R-4.2.4a", "交接"),
    /** 定性 — the receiver decides type and validity (R-4.2.4b). */
    CLASSIFY("R-4.2.4b", "定性"),
    /** 确认无效 — the head confirms and signs an invalid complaint; short path to closed (R-4.2.4b). */
    CONFIRM_INVALID("R-4.2.4b", "确认无效投诉"),
    /** 退回重新定性 — the head does not confirm invalidity; back to classification (R-4.2.4b). */
    RETURN_FOR_CLASSIFICATION("R-4.2.4b", "退回重新定性"),
    /** 答复咨询 — an inquiry is answered; short path to closed (R-4.2.2a). */
    ANSWER_INQUIRY("R-4.2.2a", "答复咨询"),
    /** 回复建议 — a suggestion is replied to; short path to closed (R-4.2.2a). */
    REPLY_TO_SUGGESTION("R-4.2.2a", "回复建议"),
    /** 转达表扬 — praise is passed on to the praised staff; short path to closed (R-4.2.2a). */
    PASS_ON_PRAISE("R-4.2.2a", "转达表扬"),
    /** 分派 — handlers are assigned (R-4.3.1a/c). */
    ASSIGN("R-4.3.1a", "分派处理人"),
    /** 调查记录 — investigation, on-site verification and analysis are recorded (R-4.3.2a/b). */
    RECORD_INVESTIGATION("R-4.3.2a", "记录调查分析"),
    /** 提出方案 — the handler proposes a solution to the head (R-4.3.1e). */
    PROPOSE_SOLUTION("R-4.3.1e", "提出解决方案"),
    /** 批准方案 — the head approves the solution; execution starts (R-4.3.1e, R-4.3.2c). */
    APPROVE_SOLUTION("R-4.3.2c", "批准方案"),
    /** 驳回方案 — the head sends the solution back (R-4.3.1e). */
    REJECT_SOLUTION("R-4.3.1e", "驳回方案"),
    /** 升级 — beyond the current level's authority: up the escalation chain (R-4.3.1f). */
    ESCALATE("R-4.3.1f", "升级处理"),
    /** 转协办 — the form is transferred to another department for co-handling (R-4.3.1d). */
    ADD_CO_HANDLING("R-4.3.1d", "转协办部门"),
    /** 纠正预防 — corrective and preventive action is opened (R-4.3.1b). */
    OPEN_CORRECTIVE_ACTION("R-4.3.1b", "启动纠正预防措施"),
    /** 值班处理 — a duty officer's handling entry (R-4.3.1g/h). */
    RECORD_DUTY_HANDLING("R-4.3.1g/h", "值班处理记录"),
    /** 报告负责人 — a duty officer reports an important complaint to the responsible head at once (R-4.2.1c). */
    REPORT_TO_HEAD("R-4.2.1c", "报告负责人"),
    /** 进度反馈 — a handler reports progress to the receiver (R-4.4.1a). */
    REPORT_PROGRESS("R-4.4.1a", "进度反馈"),
    /** 告知客户 — the receiver updates the customer (R-4.4.1b). */
    UPDATE_CUSTOMER("R-4.4.1b", "告知客户进度"),
    /** 办结 — handling is complete and the head signs the result (R-4.3.1c/e). */
    COMPLETE("R-4.3.1e", "办结签字"),
    /** 回访 — the follow-up is recorded; unsatisfied sends the case back to handling (R-4.4.2d). */
    RECORD_FOLLOW_UP("R-4.4.2d", "回访记录"),
    /** 拟网上回复 — an online reply is drafted for the director's approval (R-4.4.2d5). */
    DRAFT_ONLINE_REPLY("R-4.4.2d5", "拟写网上回复"),
    /** 批准发布 — the centre director approves the online reply, which is posted (R-4.4.2d5). */
    APPROVE_ONLINE_REPLY("R-4.4.2d5", "批准并发布网上回复"),
    /** 退回回复 — the centre director sends the online reply back (R-4.4.2d5). */
    REJECT_ONLINE_REPLY("R-4.4.2d5", "退回网上回复"),
    /** 归档 — the case is filed in its archive batch. */
    ARCHIVE("R-4.8.1", "归档"),
    /**
     * 决定上报 — the department head decides that the department cannot handle the case and that it goes
     * to the GMD; the receiver then carries it there ({@link #ESCALATE}, R-4.3.1f).
     */
    DECIDE_ESCALATION("R-4.3.1f", "负责人决定上报"),
    /** 报总经理 — an opinion of major impact goes to the general manager directly. */
    REFER_TO_GENERAL_MANAGER("R-3.1", "重大影响报总经理"),
    /**
     * 移交受理 — the case's reception is handed from its receiver to another receiver (absence, shift
     * change), who then tracks, follows up and archives it (R-3.3, R-4.4.2b).
     */
    TRANSFER_RECEPTION("R-3.3", "移交受理人");

    private final String ruleId;
    private final String label;

    LifecycleTrigger(String ruleId, String label) {
        this.ruleId = ruleId;
        this.label = label;
    }

    /** The rule that defines this step. */
    public String ruleId() {
        return ruleId;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }
}
