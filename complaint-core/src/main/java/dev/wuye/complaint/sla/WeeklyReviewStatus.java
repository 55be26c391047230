package dev.wuye.complaint.sla;

import dev.wuye.complaint.spi.ReviewRecord;

import java.time.LocalDate;
import java.util.List;
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
 * @param provisionalYears the provisional years the deadline or level was counted over, ascending; empty when official
 */
public record WeeklyReviewStatus(String department, LocalDate weekStart, LocalDate deadline, SlaLevel level,
                                 ReviewRecord review, List<Integer> provisionalYears) {

    /** Checks the components: required ones non-null, numbers in range (the message names field and value). */
    public WeeklyReviewStatus {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(level, "level");
        provisionalYears = List.copyOf(Objects.requireNonNull(provisionalYears, "provisionalYears"));
    }

    /**
     * A status resting on official calendar data only.
     *
     * @param department the department
     * @param weekStart  the Monday of the week
     * @param deadline   the last day the review is on time
     * @param level      the level
     * @param review     the review record; {@code null} when not done
     */
    public WeeklyReviewStatus(String department, LocalDate weekStart, LocalDate deadline, SlaLevel level,
                              ReviewRecord review) {
        this(department, weekStart, deadline, level, review, List.of());
    }

    /** Whether the deadline or level depends on a provisional year (and may change when its notice is loaded). */
    public boolean provisional() {
        return !provisionalYears.isEmpty();
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
