package dev.wuye.complaint.sla;

import dev.wuye.complaint.spi.ReviewRecord;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a department head reviewed the department's handling forms of one week (R-4.4.2d7).
 *
 * @param department the department
 * @param weekStart  the Monday of the week
 * @param deadline   the last day the review is on time
 * @param level      done in time or not yet due → {@link SlaLevel#ON_TIME}; not done and the deadline
 *                   near → {@link SlaLevel#DUE_SOON}; not done after the deadline, or done late → {@link SlaLevel#OVERDUE}
 * @param review     the review record; {@code null} when not done
 */
public record WeeklyReviewStatus(String department, LocalDate weekStart, LocalDate deadline, SlaLevel level,
                                 ReviewRecord review) {

    /** Checks the components: required ones non-null, numbers in range (the message names field and value). */
    public WeeklyReviewStatus {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(level, "level");
    }

    /** Whether the review was done (in time or late). */
    public boolean done() {
        return review != null;
    }

    /** The review record, if done. */
    public Optional<ReviewRecord> reviewRecord() {
        return Optional.ofNullable(review);
    }
}
