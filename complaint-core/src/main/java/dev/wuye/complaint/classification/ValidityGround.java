package dev.wuye.complaint.classification;

/**
 * The ground of a validity decision, with the rule it comes from. Stored by name in
 * {@code ComplaintSnapshot.validityGround}; explained in Chinese and English by
 * {@link ValidityDecision#explain(java.util.Locale)}.
 */
public enum ValidityGround {
    /** 公司有责且未达服务标准 — responsible under law/regulation/contract and below the required standard. */
    COMPANY_RESPONSIBLE_BELOW_STANDARD(Validity.VALID, "R-4.2.2a"),
    /** 员工态度、效率或方法所致 — caused by staff attitude, efficiency or method. */
    STAFF_CONDUCT(Validity.VALID, "R-4.2.2a"),
    /** 第三方事项经核查公司方有问题 — third party, reviewed, a problem found on the company's side. */
    THIRD_PARTY_COMPANY_PROBLEM_FOUND(Validity.VALID, "R-4.2.2c"),
    /** 第三方事项经核查公司方无问题 — third party, reviewed, no problem on the company's side. */
    THIRD_PARTY_NO_COMPANY_PROBLEM(Validity.INVALID, "R-4.2.2c"),
    /** 不属有效投诉情形 — none of the grounds of a valid complaint applies. */
    NO_VALID_GROUND(Validity.INVALID, "R-4.2.2b");

    private final Validity validity;
    private final String ruleId;

    ValidityGround(Validity validity, String ruleId) {
        this.validity = validity;
        this.ruleId = ruleId;
    }

    /** The validity this ground leads to. */
    public Validity validity() {
        return validity;
    }

    /** The rule the ground comes from, e.g. {@code R-4.2.2a}. */
    public String ruleId() {
        return ruleId;
    }
}
