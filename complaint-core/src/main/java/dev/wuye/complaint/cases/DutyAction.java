package dev.wuye.complaint.cases;

/** What a duty officer did about a case (R-4.2.1c, R-4.3.1g/h); stored as the duty log entry's kind. */
public enum DutyAction {
    /** 自行处理 — handled within the duty officer's authority. */
    HANDLED("自行处理"),
    /** 转交部门 — a general issue passed to the right department. */
    PASSED_ON("转交部门"),
    /** 报告负责人 — an important or major complaint reported to the responsible head at once (R-4.2.1c). */
    REPORTED_MAJOR("报告负责人"),
    /** 反馈受理人 — the outcome fed back to the receiver. */
    FED_BACK("反馈受理人");

    private final String label;

    DutyAction(String label) {
        this.label = label;
    }

    /** The Chinese label used on the forms. */
    public String label() {
        return label;
    }
}
