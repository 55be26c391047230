package dev.wuye.complaint.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where one clock of one open case stands at an instant.
 *
 * @param caseId the case
 * @param clock       the clock
 * @param level       on time, due soon or overdue
 * @param deadline    the last day the obligation may be met on (for the handover: the day of the opening)
 * @param dueAt       the instant it becomes overdue: the start of the day after {@code deadline} in the
 *                    office's zone, or for the handover the opening of office hours
 */
public record SlaStatus(String caseId, SlaClock clock, SlaLevel level, LocalDate deadline, Instant dueAt) {

    /** Checks the components: required ones non-null, numbers in range (the message names field and value). */
    public SlaStatus {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
