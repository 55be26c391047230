package dev.wuye.complaint.visit;

import dev.wuye.complaint.spi.VisitRecord;

import java.util.Objects;

/** What recording a visit gave: the stored visit, or a rejection naming the rule. */
public sealed interface VisitOutcome {

    /**
     * The visit is in the log.
     *
     * @param visit     the stored record
     * @param duplicate {@code true} when a visit with this id was already stored (nothing changed)
     */
    record Recorded(VisitRecord visit, boolean duplicate) implements VisitOutcome {
        /** Checks the components (required ones non-null, numbers in range) and copies collections. */
        public Recorded {
            Objects.requireNonNull(visit, "visit");
        }
    }

    /**
     * The visit was not recorded.
     *
     * @param ruleId  the rule that says no
     * @param message why, naming the field and value
     */
    record Rejected(String ruleId, String message) implements VisitOutcome {
        /** Checks the components (required ones non-null, numbers in range) and copies collections. */
        public Rejected {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(message, "message");
        }
    }
}
