package dev.wuye.complaint.cases;

/**
 * How the customer wants to be followed up (R-4.4.2c), and how a follow-up was done. Also used for
 * the reply method agreed at intake (R-4.2.5b).
 */
public enum FollowUpMethod {
    /** 电话回访 — by phone. */
    PHONE("电话回访"),
    /** 上门回访 — a home visit. */
    HOME_VISIT("上门回访"),
    /** 信函回访 — by letter. */
    LETTER("信函回访"),
    /** 网上回复 — an online reply approved by the centre director (R-4.4.2d5). */
    ONLINE("网上回复"),
    /** 无回访渠道 — the customer left no channel (R-4.4.2d6); the follow-up is a recurrence check. */
    NONE("无回访渠道"),
    /** 重复发生核查 — the follow-up of a case with no channel: did the same kind recur within a month (R-4.4.2d6)? */
    RECURRENCE_CHECK("重复发生核查");

    private final String label;

    FollowUpMethod(String label) {
        this.label = label;
    }

    /** The Chinese label used on the forms. */
    public String label() {
        return label;
    }

    /** Whether a customer may choose this as their follow-up channel at intake. */
    public boolean isChannel() {
        return this != RECURRENCE_CHECK;
    }

    /** The method a follow-up must use when the customer chose this channel (R-4.4.2c, R-4.4.2d6). */
    public FollowUpMethod recordMethod() {
        return this == NONE ? RECURRENCE_CHECK : this;
    }
}
