package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/**
 * 同类复发检查 — applies the recurrence check to the actor's department as of an instant (R-4.4.2d6): a case with no follow-up channel that awaits its follow-up gets {@link RecordFollowUp} with method {@code RECURRENCE_CHECK} — unsatisfied (back to handling) when the same kind recurred within a month after handling, satisfied when the month passed with none. Every follow-up goes through the desk like any case command (authority, audit). Recorded as {@link RecurrenceRun}.
 *
 * @param actor the receiver of the department whose cases are checked
 * @param asOf  the instant judged (its date in the desk's zone)
 */
public record RunRecurrenceCheck(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @InDeskWindow @NotNull(message = "{wuye.asOf.required}") Instant asOf) implements PeriodCommand {
}
