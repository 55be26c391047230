package dev.wuye.complaint.cases;

/** Why a complaint is valid or invalid; the ground decides the {@link Validity} (R-4.2.2a–c). */
public enum ValidityGround {
    /** 公司责任且未达服务标准 — the company is responsible and fell short of the required standard (R-4.2.2a). */
    COMPANY_RESPONSIBLE_BELOW_STANDARD("公司责任且未达服务标准", Validity.VALID, "R-4.2.2a"),
    /** 员工服务态度 — caused by staff attitude (R-4.2.2a). */
    STAFF_ATTITUDE("员工服务态度", Validity.VALID, "R-4.2.2a"),
    /** 员工工作效率 — caused by staff efficiency (R-4.2.2a). */
    STAFF_EFFICIENCY("员工工作效率", Validity.VALID, "R-4.2.2a"),
    /** 员工工作方法 — caused by staff method (R-4.2.2a). */
    STAFF_METHOD("员工工作方法", Validity.VALID, "R-4.2.2a"),
    /** 第三方问题且公司方有问题 — mainly a third party, but a problem was found on the company's side (R-4.2.2c). */
    THIRD_PARTY_WITH_COMPANY_PROBLEM("第三方问题且公司方有问题", Validity.VALID, "R-4.2.2c"),
    /** 第三方问题且公司方无问题 — mainly a third party, and no problem on the company's side (R-4.2.2c). */
    THIRD_PARTY_WITHOUT_COMPANY_PROBLEM("第三方问题且公司方无问题", Validity.INVALID, "R-4.2.2c"),
    /** 其他 — any other complaint (R-4.2.2b). */
    OTHER("其他", Validity.INVALID, "R-4.2.2b");

    private final String label;
    private final Validity validity;
    private final String ruleId;

    ValidityGround(String label, Validity validity, String ruleId) {
        this.label = label;
        this.validity = validity;
        this.ruleId = ruleId;
    }

    /** The Chinese label used on the forms. */
    public String label() {
        return label;
    }

    /** The validity this ground decides. */
    public Validity validity() {
        return validity;
    }

    /** The rule that makes this ground valid or invalid. */
    public String ruleId() {
        return ruleId;
    }
}
