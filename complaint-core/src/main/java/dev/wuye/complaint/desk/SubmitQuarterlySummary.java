package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * 季度汇总 — the quality supervisor submits the quarterly summary, due like the quarter's last table; recorded as {@link PeriodResult.SubmissionRecorded}.
 *
 * @param actor   the quality supervisor
 * @param year    the year
 * @param quarter 1–4 (another number is rejected under)
 * @param summary the written summary
 */
public record SubmitQuarterlySummary(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @InDeskWindow int year,
        int quarter,
        String summary) implements PeriodCommand {
}
