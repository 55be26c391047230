package dev.wuye.complaint.authority;

import dev.wuye.complaint.Refusal;
import dev.wuye.complaint.Rejection;

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
     * @param rejection the rule that reserves the act, and who may act instead
     */
    record Denied(Rejection rejection) implements Verdict, Refusal {
        public Denied {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    /**
     * A denial.
     *
     * @param rejection the rule and why
     * @return the verdict
     */
    static Verdict denied(Rejection rejection) {
        return new Denied(rejection);
    }
}
