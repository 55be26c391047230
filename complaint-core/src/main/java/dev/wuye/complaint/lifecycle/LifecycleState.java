package dev.wuye.complaint.lifecycle;

/**
 * The states a case can be in: leaf substates of the five {@link Phase}s. Stored by name.
 */
public enum LifecycleState {
    /** 值班登记待交接 — registered off hours by a duty officer, awaiting handover to the receiver (R-4.2.1b, R-4.2.4a). */
    DUTY_REGISTERED(Phase.RECEIVED, "值班登记待交接"),
    /** 待定性 — with the receiver, who decides the type and validity (R-4.2.4b). */
    AWAITING_CLASSIFICATION(Phase.RECEIVED, "待定性"),
    /** 无效投诉待确认 — classified invalid, awaiting the head's confirmation and signature (R-4.2.4b). */
    INVALID_AWAITING_CONFIRMATION(Phase.RECEIVED, "无效投诉待确认"),
    /** 待分派 — awaiting assignment of handlers by the head, or the receiver under delegation (R-4.3.1a/c). */
    AWAITING_ASSIGNMENT(Phase.HANDLING, "待分派"),
    /** 调查处理中 — handlers investigate, verify on site and analyse (R-4.3.2a/b). */
    INVESTIGATING(Phase.HANDLING, "调查处理中"),
    /** 方案待审批 — a solution was proposed and awaits the head's approval (R-4.3.1e, R-4.3.2c). */
    AWAITING_APPROVAL(Phase.HANDLING, "方案待审批"),
    /** 执行跟踪中 — the approved solution is being executed; the receiver tracks it. */
    EXECUTING(Phase.TRACKING, "执行跟踪中"),
    /** 待回访 — handling complete; the follow-up is due (R-4.4.2a/b). */
    AWAITING_FOLLOW_UP(Phase.FOLLOW_UP, "待回访"),
    /** 网上回复待审批 — an online reply awaits the centre director's approval before posting (R-4.4.2d5). */
    REPLY_AWAITING_APPROVAL(Phase.FOLLOW_UP, "网上回复待审批"),
    /** 已办结待归档 — closed; waits for its monthly archive batch. */
    CLOSED(Phase.ARCHIVED, "已办结待归档"),
    /** 已归档 — filed in an archive batch; terminal, never left. */
    FILED(Phase.ARCHIVED, "已归档");

    private final Phase phase;
    private final String label;

    LifecycleState(Phase phase, String label) {
        this.phase = phase;
        this.label = label;
    }

    /** The top-level state this substate belongs to. */
    public Phase phase() {
        return phase;
    }

    /** The Chinese label used on the forms. */
    public String label() {
        return label;
    }

    /** Whether no trigger can leave this state. */
    public boolean isTerminal() {
        return this == FILED;
    }

    /** Whether the case is closed (waiting for or filed in the archive). */
    public boolean isClosed() {
        return phase == Phase.ARCHIVED;
    }
}
