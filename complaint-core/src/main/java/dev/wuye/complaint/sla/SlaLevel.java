package dev.wuye.complaint.sla;

/** Where a clock stands. */
public enum SlaLevel {
    /** 按时 — not due soon, or already met. */
    ON_TIME("按时"),
    /** 即将到期 — due within the policy's warning period and not met yet. */
    DUE_SOON("即将到期"),
    /** 已超期 — the deadline has passed without the obligation being met. */
    OVERDUE("已超期"),
    /**
     * 无法计算 — the clocks of a case (or a department's weekly review) could not be evaluated at all:
     * its snapshot is corrupt, or a year it needs has no calendar data and no provisional rule. Only
     * {@link SlaAlert}s carry it, with the {@link UnevaluableReason}; a person must look at the case.
     */
    UNEVALUABLE("无法计算");

    private final String label;

    SlaLevel(String label) {
        this.label = label;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }
}
