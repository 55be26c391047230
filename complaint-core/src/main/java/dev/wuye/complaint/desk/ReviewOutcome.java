package dev.wuye.complaint.desk;

import dev.wuye.complaint.spi.ReviewRecord;

import java.util.Objects;

/** The outcome of a supervisor's monthly check of the visits or a head's weekly review of the handling forms (R-4.4.2d7). */
public sealed interface ReviewOutcome {

    /**
     * The check is stored (or was stored before: one per centre and month).
     *
     * @param review the stored check
     */
    record Recorded(ReviewRecord review) implements ReviewOutcome {
        /** Checks the component. */
        public Recorded {
            Objects.requireNonNull(review, "review");
        }
    }

    /**
     * The rules refused the check; nothing was stored.
     *
     * @param ruleId  the rule, e.g. {@code }
     * @param message why
     */
    record Rejected(String ruleId, String message) implements ReviewOutcome {
        /** Checks the components. */
        public Rejected {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(message, "message");
        }
    }
}
