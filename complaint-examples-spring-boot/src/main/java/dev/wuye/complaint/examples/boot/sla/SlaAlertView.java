package dev.wuye.complaint.examples.boot.sla;

import dev.wuye.complaint.sla.SlaAlert;
import dev.wuye.complaint.sla.SlaClock;
import dev.wuye.complaint.sla.SlaLevel;
import dev.wuye.complaint.sla.UnevaluableReason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An SLA alert as the REST API shows it: the library's {@link SlaAlert} with {@code provisional}
 * spelled out, so that a client shows a deadline counted over a year without an official holiday
 * notice as provisional.
 *
 * @param caseId           the case; {@code null} for a department's weekly review
 * @param department       the department
 * @param clock            the clock
 * @param level            {@code DUE_SOON}, {@code OVERDUE} or {@code UNEVALUABLE}
 * @param deadline         the deadline; {@code null} for an unevaluable case
 * @param dueAt            when it becomes (or became) overdue
 * @param detectedAt       the scan instant
 * @param provisional      whether the deadline may still move when a year's notice is loaded
 * @param provisionalYears the years to load for it to become official
 * @param reason           why an unevaluable case could not be evaluated; {@code null} otherwise
 */
public record SlaAlertView(String caseId, String department, SlaClock clock, SlaLevel level, LocalDate deadline,
                           Instant dueAt, Instant detectedAt, boolean provisional, List<Integer> provisionalYears,
                           UnevaluableReason reason) {

    /**
     * The view of an alert.
     *
     * @param a the alert
     * @return its view
     */
    public static SlaAlertView of(SlaAlert a) {
        return new SlaAlertView(a.caseId(), a.department(), a.clock(), a.level(), a.deadline(), a.dueAt(),
                a.detectedAt(), a.provisional(), a.provisionalYears(), a.reason());
    }
}
