package dev.wuye.complaint.cases;

/** The kinds of dated notes on a case; stored by name in {@link dev.wuye.complaint.spi.NoteEntry#kind()}. */
public enum NoteKind {
    /** 进度反馈 — a handler reports progress, extent and expected time to the receiver (R-4.4.1a). */
    PROGRESS("进度反馈"),
    /** 告知客户 — the receiver updates the customer (R-4.4.1b). */
    CUSTOMER_UPDATE("告知客户"),
    /** 值班处理 — a duty officer's handling entry (R-4.3.1g/h). */
    DUTY_HANDLING("值班处理"),
    /** 升级 — why the case went up the escalation chain (R-4.3.1f). */
    ESCALATION("升级"),
    /** 转协办 — the form was transferred to a co-handling department (R-4.3.1d). */
    CO_HANDLING("转协办"),
    /** 纠正预防 — corrective and preventive action was opened (R-4.3.1b). */
    CORRECTIVE_ACTION("纠正预防"),
    /** 交接 — the duty registration was handed over to the receiver (R-4.2.4a). */
    HANDOVER("交接"),
    /** 退回定性 — the head did not confirm invalidity (R-4.2.4b). */
    RETURNED_FOR_CLASSIFICATION("退回定性"),
    /** 方案驳回 — the head sent a solution back (R-4.3.1e). */
    SOLUTION_REJECTED("方案驳回"),
    /** 回复退回 — the centre director sent an online reply back (R-4.4.2d5). */
    ONLINE_REPLY_REJECTED("回复退回"),
    /** 答复 — the answer, reply or thanks of a short path (R-4.2.2a). */
    SHORT_PATH_REPLY("答复"),
    /** 决定上报 — the department head decided the case goes beyond the department, to the GMD (R-4.3.1f). */
    ESCALATION_DECIDED("决定上报"),
    /** 重大影响 — why the opinion is of major impact; it went to the general manager directly. */
    MAJOR_IMPACT("重大影响"),
    /** 移交受理 — the case's reception was handed over to another receiver (R-3.3, R-4.4.2b). */
    RECEPTION_TRANSFERRED("移交受理"),
    /**
     * 答复约定 — what the reply time and method recorded at intake rest on (R-4.2.5b): the text starts
     * with the {@link ReplyBasis} name, e.g. {@code NO_PREFERENCE: 客户无要求}.
     */
    REPLY_TERMS("答复约定");

    private final String label;

    NoteKind(String label) {
        this.label = label;
    }

    /** The Chinese label used on the forms. */
    public String label() {
        return label;
    }
}
