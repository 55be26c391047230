package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.YearMonth;

/**
 * 月度统计分析表 — the department head signs and submits the department's monthly table with a written summary. Idempotent per department and month; recorded as {@link PeriodResult.SubmissionRecorded}.
 *
 * @param actor      the department head of {@code department}
 * @param department the department
 * @param month      the month
 * @param summary    the head's summary (required, checked under)
 */
public record SubmitMonthlyTable(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotNull(message = "{wuye.department.required}") String department,
        @InDeskWindow @NotNull(message = "{wuye.month.required}") YearMonth month,
        String summary) implements PeriodCommand {
}
