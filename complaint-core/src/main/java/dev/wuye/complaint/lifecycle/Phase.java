package dev.wuye.complaint.lifecycle;

/** The five top-level states of the procedure; every {@link LifecycleState} belongs to one. */
public enum Phase {
    /** 受理 — intake: registered, handed over, classified. */
    RECEIVED("受理"),
    /** 处理 — handling: assignment, investigation, solution, approval. */
    HANDLING("处理"),
    /** 跟踪 — tracking: the approved solution is executed and tracked. */
    TRACKING("跟踪"),
    /** 回访 — the follow-up visit after handling. */
    FOLLOW_UP("回访"),
    /** 归档 — closed cases waiting for, and filed in, their archive batch. */
    ARCHIVED("归档");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    /** The Chinese label used on the forms. */
    public String label() {
        return label;
    }
}
