package dev.wuye.complaint.sla;

import dev.wuye.complaint.calendar.WorkingDate;
import dev.wuye.complaint.spi.RecordLog;
import dev.wuye.complaint.spi.ReviewRecord;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tracks the department heads' weekly review of the handling forms (R-4.4.2d7) in the review log
 * ({@code Storage.reviews()}, records of kind {@value #WEEKLY_FORMS} whose {@code periodStart} is the
 * week's Monday). The review of a week is due by its Sunday plus the policy's grace working days.
 */
public final class WeeklyReviewTracker {

    /** Review record kind of the weekly review of handling forms. */
    public static final String WEEKLY_FORMS = "WEEKLY_FORMS";

    private final RecordLog<ReviewRecord> reviews;
    private final SlaCalculator sla;

    /**
     * Creates the tracker.
     *
     * @param reviews the review log
     * @param sla     the calculator (calendar, policy, office hours)
     */
    public WeeklyReviewTracker(RecordLog<ReviewRecord> reviews, SlaCalculator sla) {
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.sla = Objects.requireNonNull(sla, "sla");
    }

    /**
     * The last day the review of the week containing {@code anyDayOfWeek} is on time.
     *
     * @param anyDayOfWeek a day of the week
     * @return the deadline
     */
    public LocalDate deadline(LocalDate anyDayOfWeek) {
        return deadlineChecked(anyDayOfWeek).date();
    }

    /**
     * {@link #deadline} with the provisional years its grace working days were counted over.
     *
     * @param anyDayOfWeek a day of the week
     * @return the deadline and its provisional years (none without grace days)
     */
    public WorkingDate deadlineChecked(LocalDate anyDayOfWeek) {
        LocalDate sunday = monday(anyDayOfWeek).plusDays(6);
        int grace = sla.policy().weeklyReviewGraceWorkingDays();
        return grace == 0 ? new WorkingDate(sunday, List.of()) : sla.calendar().plusWorkingDaysChecked(sunday, grace);
    }

    /**
     * Whether a department's review of a week is done, due soon or overdue at an instant.
     *
     * @param department   the department
     * @param anyDayOfWeek a day of the week (Monday–Sunday) reviewed
     * @param asOf         the instant
     * @return the status
     */
    public WeeklyReviewStatus status(String department, LocalDate anyDayOfWeek, Instant asOf) {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(asOf, "asOf");
        SlaCalculator calc = sla.pinned();
        LocalDate monday = monday(anyDayOfWeek);
        WorkingDate checked = new WeeklyReviewTracker(reviews, calc).deadlineChecked(monday);
        LocalDate deadline = checked.date();
        Optional<ReviewRecord> review = reviews.find(department, monday, monday.plusDays(7)).stream()
                .filter(r -> WEEKLY_FORMS.equals(r.kind()) && r.periodStart().equals(monday)
                        && department.equals(r.department()))
                .min(Comparator.comparing(ReviewRecord::at));
        SlaLevel level;
        List<Integer> years = checked.provisionalYears();
        if (review.isPresent()) {
            level = sla.officeHours().dateOf(review.get().at()).isAfter(deadline) ? SlaLevel.OVERDUE : SlaLevel.ON_TIME;
        } else {
            SlaCalculator.DayLevel day = calc.dayLevel(checked, sla.officeHours().dateOf(asOf));
            level = day.level();
            years = day.provisionalYears();
        }
        return new WeeklyReviewStatus(department, monday, deadline, level, review.orElse(null), years);
    }

    private static LocalDate monday(LocalDate d) {
        return Objects.requireNonNull(d, "anyDayOfWeek").with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
