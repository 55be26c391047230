package dev.wuye.complaint.cases;

/** The type of a customer opinion (R-4.2.2a). */
public enum OpinionType {
    /** 咨询 — the customer asks something; answered, then closed. */
    INQUIRY("咨询"),
    /** 建议 — the customer suggests something; replied to, then closed. */
    SUGGESTION("建议"),
    /** 投诉 — the customer complains; valid or invalid (R-4.2.2a–c). */
    COMPLAINT("投诉"),
    /** 表扬 — the customer praises; passed on to the praised staff, then closed. */
    PRAISE("表扬");

    private final String label;

    OpinionType(String label) {
        this.label = label;
    }

    /** The Chinese label used on the forms. */
    public String label() {
        return label;
    }
}
