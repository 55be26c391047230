package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * 办理表周审核 — the department head's weekly review of the department's handling forms (R-4.4.2d7), stored in {@code Storage.reviews()} as kind {@value dev.wuye.complaint.sla.WeeklyReviewTracker#WEEKLY_FORMS} for the Monday–Sunday week containing {@code dayOfWeek}. Idempotent: one review per department and week (a second one returns the stored review); recorded as {@link PeriodResult.ReviewRecorded}.
 *
 * <p>The reviewed week is the current one or a past one: a week whose Monday comes after the Monday of the
 * desk clock's current week (in the desk's zone) has not begun, and its review is refused (R-4.4.2d7); nothing is stored.
 *
 * @param actor         the department head of {@code department}
 * @param department    the department
 * @param dayOfWeek     any day of the reviewed week, not of a week after the current one
 * @param formsReviewed how many handling forms were looked at, {@code >= 0}
 * @param remarks       findings; nullable
 */
public record ReviewWeeklyForms(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotNull(message = "{wuye.department.required}") String department,
        @InDeskWindow @NotNull(message = "{wuye.dayOfWeek.required}") LocalDate dayOfWeek,
        int formsReviewed,
        String remarks) implements PeriodCommand {
}
