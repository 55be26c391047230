package dev.wuye.complaint.statistics;

import dev.wuye.complaint.spi.ReportSubmission;

import java.time.LocalDate;
import java.util.Objects;

/** What submitting a signed monthly table gave. */
public sealed interface SubmissionOutcome {

    /**
     * The table is submitted to the GMD (R-4.6.2/4.6.3).
     *
     * @param submission the stored submission (the earlier one when submitted twice)
     * @param dueDate    the last day it was due
     * @param late       whether it was submitted after the due date
     * @param duplicate  whether it had already been submitted (nothing changed)
     */
    record Submitted(ReportSubmission submission, LocalDate dueDate, boolean late, boolean duplicate)
            implements SubmissionOutcome {
        /** Checks the components (required ones non-null, numbers in range) and copies collections. */
        public Submitted {
            Objects.requireNonNull(submission, "submission");
            Objects.requireNonNull(dueDate, "dueDate");
        }
    }

    /**
     * Not submitted.
     *
     * @param ruleId  the rule that says no
     * @param message why, naming the field and value
     */
    record Rejected(String ruleId, String message) implements SubmissionOutcome {
        /** Checks the components (required ones non-null, numbers in range) and copies collections. */
        public Rejected {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(message, "message");
        }
    }
}
