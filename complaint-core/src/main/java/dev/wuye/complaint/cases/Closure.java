package dev.wuye.complaint.cases;

/** How a case was closed; stored by name in {@link dev.wuye.complaint.spi.CaseSnapshot#closure()}. */
public enum Closure {
    /** 咨询已答复 — an inquiry was answered (R-4.2.2a). */
    INQUIRY_ANSWERED("咨询已答复"),
    /** 建议已回复 — a suggestion was replied to (R-4.2.2a). */
    SUGGESTION_REPLIED("建议已回复"),
    /** 表扬已转达 — praise was passed on (R-4.2.2a). */
    PRAISE_PASSED_ON("表扬已转达"),
    /** 无效投诉已确认 — the head confirmed an invalid complaint (R-4.2.4b). */
    INVALID_CONFIRMED("无效投诉已确认"),
    /** 办结 — handling of an opinion that needs no follow-up was completed. */
    COMPLETED("办结"),
    /** 回访满意 — a valid complaint closed after a satisfied follow-up (R-4.4.2d). */
    FOLLOWED_UP("回访满意"),
    /** 网上回复已发布 — a valid complaint closed after its approved online reply was posted (R-4.4.2d5). */
    ONLINE_REPLY_POSTED("网上回复已发布");

    private final String label;

    Closure(String label) {
        this.label = label;
    }

    /** The Chinese label used on the forms. */
    public String label() {
        return label;
    }
}
