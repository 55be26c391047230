package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * 季度归档 — archives a quarter, like {@link ArchiveMonth}; a quarter that has not ended by the desk's clock is refused under.
 *
 * @param actor   a receiver of a department, or GMD staff
 * @param year    the year
 * @param quarter 1–4 (another number is rejected under)
 */
public record ArchiveQuarter(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @InDeskWindow int year,
        int quarter) implements PeriodCommand {
}
