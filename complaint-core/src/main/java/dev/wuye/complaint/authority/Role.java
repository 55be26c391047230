package dev.wuye.complaint.authority;

/** The roles of the procedure; an actor may hold several. */
public enum Role {
    /** 员工 — any employee: may record an opinion and pass it on (R-3.4, R-4.2.1a). */
    EMPLOYEE("员工"),
    /** 受理人 — accepts, classifies, tracks, updates the customer, follows up, archives. */
    RECEIVER("受理人"),
    /** 值班人员 — registers off-hours opinions, hands them over, records duty handling (R-4.2.1b, R-4.3.1g/h). */
    DUTY_OFFICER("值班人员"),
    /** 处理人 — investigates, proposes and executes solutions once assigned (R-4.3.1a). */
    HANDLER("处理人"),
    /** 部门负责人 — the department head: assigns, confirms invalidity, approves, signs results. */
    DEPARTMENT_HEAD("部门负责人"),
    /** 中心主任 — the service-centre director: approves online replies (R-4.4.2d5); may also be the head. */
    CENTRE_DIRECTOR("中心主任"),
    /**
     * 客服主管 — the customer-service supervisor of a service centre: drafts online replies
     * (R-4.4.2d5), checks the centre's visits.
     */
    CUSTOMER_SERVICE_SUPERVISOR("客服主管"),
    /** 品质主管 — the GMD's quality supervisor, overseeing all centres. */
    QUALITY_SUPERVISOR("品质主管"),
    /** 综合管理部 — staff of the general management department, acting company-wide. */
    GMD_STAFF("综合管理部"),
    /** 管理者代表 — the management representative (R-4.3.1f). */
    MANAGEMENT_REPRESENTATIVE("管理者代表"),
    /** 总经理 — the general manager. */
    GENERAL_MANAGER("总经理");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /** Whether the role acts company-wide rather than for one department. */
    public boolean isCompanyWide() {
        return this == GMD_STAFF || this == MANAGEMENT_REPRESENTATIVE || this == GENERAL_MANAGER;
    }
}
