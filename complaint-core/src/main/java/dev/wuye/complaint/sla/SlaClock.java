package dev.wuye.complaint.sla;

/** The clocks the procedure runs on a case (or, for the weekly review, on a department). */
public enum SlaClock {
    /** 值班交接 — a duty registration is handed to the receiver when the next working day's office hours start (R-4.2.1b, R-4.2.4a). */
    HANDOVER("值班交接", "R-4.2.1b"),
    /** 办理时限 — acceptance to follow-up within 3 (service centre) or 7 (company) working days (R-4.7.1–4.7.3). */
    TIME_LIMIT("办理时限", "R-4.7.1"),
    /** 回访时限 — the follow-up within two working days after handling is complete (R-4.4.2b, R-4.7.4). */
    FOLLOW_UP("回访时限", "R-4.4.2b"),
    /** 进度告知 — long-running complaints: the customer is updated twice every calendar week (R-4.4.1b). */
    CUSTOMER_UPDATES("进度告知", "R-4.4.1b"),
    /** 每周审阅 — each department head reviews the department's handling forms weekly (R-4.4.2d7). */
    WEEKLY_REVIEW("每周审阅", "R-4.4.2d7"),
    /**
     * 约定答复 — the reply time agreed with the customer at intake, or the one the customer asked for
     * (R-4.2.5b): it runs until the customer hears back (a customer update, a follow-up or a posted
     * online reply) and is overdue from that instant on.
     */
    AGREED_REPLY("约定答复", "R-4.2.5b"),
    /**
     * 网上收集 — the receiver collects the online opinions every working day (R-4.2.1c); a department's
     * clock, due by the close of office hours of each working day.
     */
    ONLINE_COLLECTION("网上收集", "R-4.2.1c");

    private final String label;
    private final String rule;

    SlaClock(String label, String rule) {
        this.label = label;
        this.rule = rule;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /**
     * Whether the clock runs on a department rather than a case ({@link #WEEKLY_REVIEW},
     * {@link #ONLINE_COLLECTION}): its alerts carry no case id.
     *
     * @return {@code true} for a department's clock
     */
    public boolean perDepartment() {
        return this == WEEKLY_REVIEW || this == ONLINE_COLLECTION;
    }

    /** The rule id the clock enforces. */
    public String rule() {
        return rule;
    }
}
