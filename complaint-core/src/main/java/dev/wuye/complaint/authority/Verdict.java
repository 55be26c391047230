package dev.wuye.complaint.authority;

import java.util.Objects;

/** What an {@link AuthorityPolicy} says: allowed, or denied naming the rule. */
public sealed interface Verdict {

    /** The one allowed verdict. */
    Verdict ALLOWED = new Allowed();

    /** Whether the act is allowed. */
    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** The actor may act. */
    record Allowed() implements Verdict {
    }

    /**
     * The actor may not act.
     *
     * @param ruleId  the rule that reserves the act, e.g. {@code R-4.3.2c}
     * @param message who may act instead
     */
    record Denied(String ruleId, String message) implements Verdict {
        public Denied {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * A denial.
     *
     * @param ruleId  the rule
     * @param message why
     * @return the verdict
     */
    static Verdict denied(String ruleId, String message) {
        return new Denied(ruleId, message);
    }
}
