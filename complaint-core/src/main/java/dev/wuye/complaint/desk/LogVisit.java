package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import dev.wuye.complaint.visit.RecordVisit;

import java.time.LocalDate;

/**
 * 走访客户 — logs a customer visit in the visit log. The visitor logs their own visit, in their own department; idempotent by visit id; recorded as {@link PeriodResult.VisitRecorded}. Opinions raised on the visit are received with {@link ReceiveOpinion} on channel {@code CUSTOMER_VISIT} with the visit id and handled like any other; {@code opinionIds} must name such cases.
 *
 * @param actor the staff member who visited
 * @param visit the visit
 */
public record LogVisit(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotNull(message = "{wuye.visit.required}") RecordVisit visit) implements PeriodCommand {

    /**
     * The visit's date, judged as the property {@code visitDate}: in the desk's {@link InputWindow}
     * (not before its earliest date, at most a year after the desk's clock).
     *
     * @return the visit's date, or {@code null} without a visit
     */
    @InDeskWindow
    public LocalDate getVisitDate() {
        return visit == null ? null : visit.date();
    }
}
