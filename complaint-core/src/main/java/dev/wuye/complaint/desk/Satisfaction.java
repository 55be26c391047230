package dev.wuye.complaint.desk;

/**
 * The customer's answer to one question of a follow-up (R-4.4.2d): handled in time, satisfied with
 * the result, satisfied with the attitude. For a recurrence check (R-4.4.2d6) "satisfied with the
 * result" means no opinion of the same kind recurred.
 */
public enum Satisfaction {

    /** 满意 — the customer answered yes. */
    SATISFIED("满意"),

    /** 不满意 — the customer answered no. */
    UNSATISFIED("不满意"),

    /** 未询问 — the question was not asked (never for the result). */
    NOT_ASKED("未询问");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    /** The Chinese label, as written in the follow-up register. */
    public String label() {
        return label;
    }

    /**
     * The answer to a question that was asked.
     *
     * @param yes whether the customer answered yes
     * @return {@link #SATISFIED} or {@link #UNSATISFIED}
     */
    public static Satisfaction of(boolean yes) {
        return yes ? SATISFIED : UNSATISFIED;
    }

    /** Whether the question was asked. */
    public boolean isAnswered() {
        return this != NOT_ASKED;
    }

    /**
     * The answer as the register stores it.
     *
     * @return {@code true}, {@code false}, or {@code null} when not asked
     */
    public Boolean answer() {
        return this == NOT_ASKED ? null : this == SATISFIED;
    }
}
