package dev.wuye.complaint.cases;

/** Who accepted an opinion; decides the time limit. */
public enum AcceptingLevel {
    /** 服务中心受理 — accepted by a service centre (a department): 3 working days. */
    SERVICE_CENTRE("服务中心受理"),
    /** 公司受理 — accepted by the company, handled by the GMD: 7 working days. */
    COMPANY("公司受理");

    private final String label;

    AcceptingLevel(String label) {
        this.label = label;
    }

    /** The Chinese label used on the forms. */
    public String label() {
        return label;
    }
}
