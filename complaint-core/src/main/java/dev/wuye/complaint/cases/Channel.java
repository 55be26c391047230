package dev.wuye.complaint.cases;

/** How an opinion reached the company (R-4.2.3a: every channel is logged the same way). */
public enum Channel {
    /** 电话 — by phone. */
    PHONE("电话"),
    /** 来访 — the customer walked in. */
    WALK_IN("来访"),
    /** 业主论坛 — posted on the owners' forum (R-4.2.1c). */
    ONLINE_FORUM("业主论坛"),
    /** 网站 — through the web site (R-4.2.1c). */
    WEB("网站"),
    /** 信函 — by letter. */
    LETTER("信函"),
    /** 公司转办 — referred by the company. */
    COMPANY_REFERRAL("公司转办"),
    /** 上级公司转办 — referred by the parent company. */
    PARENT_COMPANY_REFERRAL("上级公司转办"),
    /** 政府部门转办 — referred by a government body. */
    GOVERNMENT_REFERRAL("政府部门转办"),
    /** 走访 — raised on a customer visit. */
    CUSTOMER_VISIT("走访"),
    /** 员工发现 — observed by a member of staff. */
    STAFF_OBSERVED("员工发现");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    /** The Chinese label used on the forms. */
    public String label() {
        return label;
    }

    /** Whether the receiver collects it online at set times (R-4.2.1c). */
    public boolean isOnline() {
        return this == ONLINE_FORUM || this == WEB;
    }
}
