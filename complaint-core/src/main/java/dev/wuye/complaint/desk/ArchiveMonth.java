package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.YearMonth;

/**
 * 月度归档 — archives a month for the actor's department (R-4.8.1: the receiver archives the department's cases closed in the month; an open case goes with a later month; a month that has not ended by the desk's clock is refused, nothing stored) or, for GMD staff, the company-level batch. Creates the batch once and files every case of it through the {@link Archive} command (one audit entry each); running it again files nothing new. Recorded as {@link ArchiveRun}.
 *
 * @param actor a receiver of a department, or GMD staff
 * @param month the month
 */
public record ArchiveMonth(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @InDeskWindow @NotNull(message = "{wuye.month.required}") YearMonth month) implements PeriodCommand {
}
