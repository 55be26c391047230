package dev.wuye.complaint.classification;

/** Whether a complaint is valid (R-4.2.2a/b). Stored by name in {@code ComplaintSnapshot.validity}. */
public enum Validity {
    /** 有效投诉 — the company is responsible, or staff conduct caused it (R-4.2.2a). */
    VALID("有效投诉"),
    /** 无效投诉 — every other complaint (R-4.2.2b). */
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
