package dev.wuye.complaint.statistics;

import dev.wuye.complaint.spi.ReportSubmission;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A signed table or summary submitted to the GMD (R-4.6.2–4.6.4).
 *
 * @param submission the stored submission (the earlier one when submitted twice)
 * @param dueDate    the last day it was due
 * @param late       whether it was submitted after the due date
 * @param duplicate  whether it had already been submitted (nothing changed)
 */
public record Submission(ReportSubmission submission, LocalDate dueDate, boolean late, boolean duplicate) {

    /** Checks the components. */
    public Submission {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(dueDate, "dueDate");
    }
}
