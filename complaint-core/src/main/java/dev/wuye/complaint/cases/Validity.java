package dev.wuye.complaint.cases;

/** Whether a complaint is one the company must answer for (R-4.2.2a–c). */
public enum Validity {
    /** 有效投诉 — the company is responsible (R-4.2.2a, R-4.2.2c). */
    VALID("有效投诉"),
    /** 无效投诉 — every other complaint; needs the head's confirmation (R-4.2.2b, R-4.2.4b). */
    INVALID("无效投诉");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    /** The Chinese label used on the forms. */
    public String label() {
        return label;
    }
}
