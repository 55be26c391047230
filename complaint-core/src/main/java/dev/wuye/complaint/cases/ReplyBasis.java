package dev.wuye.complaint.cases;

/**
 * What the reply time and method recorded at intake rest on (R-4.2.5b: 「及时向客户确定回复时间和方式，
 * 或询问客户对回复时间和方式的要求」): agreed with the customer, the customer's own stated wish, or the
 * customer's statement that they have no wish. Silence is none of these: intake refuses it.
 */
public enum ReplyBasis {
    /** 约定 — the receiver agreed a reply time and method with the customer; both are recorded. */
    AGREED("约定"),
    /** 客户要求 — the customer was asked and stated a reply time, a method, or both. */
    CUSTOMER_WISH("客户要求"),
    /** 客户无要求 — the customer was asked and stated no wish on the reply time or method. */
    NO_PREFERENCE("客户无要求");

    private final String label;

    ReplyBasis(String label) {
        this.label = label;
    }

    /** The Chinese label used on the forms. */
    public String label() {
        return label;
    }
}
