package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.YearMonth;

/**
 * 走访检查 — the customer-service supervisor's monthly check of the department's visits. Idempotent: one check per department and month; recorded as {@link PeriodResult.ReviewRecorded}.
 *
 * @param actor      the customer-service supervisor of {@code department}
 * @param department the department
 * @param month      the month checked
 * @param remarks    findings; nullable
 */
public record CheckVisits(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotNull(message = "{wuye.department.required}") String department,
        @InDeskWindow @NotNull(message = "{wuye.month.required}") YearMonth month,
        String remarks) implements PeriodCommand {
}
