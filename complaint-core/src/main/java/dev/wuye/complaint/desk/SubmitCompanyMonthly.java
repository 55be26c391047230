package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.YearMonth;

/**
 * 公司月度汇总 — the quality supervisor submits the company roll-up of a month, due like the tables; recorded as {@link PeriodResult.SubmissionRecorded}.
 *
 * @param actor   the quality supervisor
 * @param month   the month
 * @param summary the written summary
 */
public record SubmitCompanyMonthly(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @InDeskWindow @NotNull(message = "{wuye.month.required}") YearMonth month,
        String summary) implements PeriodCommand {
}
