package dev.wuye.complaint.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where one clock of one open case stands at an instant.
 *
 * @param caseId           the case
 * @param clock            the clock
 * @param level            on time, due soon or overdue
 * @param deadline         the last day the obligation may be met on (for the handover: the day of the opening)
 * @param dueAt            the instant it becomes overdue: the start of the day after {@code deadline} in the
 *                         office's zone, or for the handover the opening of office hours
 * @param provisionalYears the provisional years (no official holiday notice yet) the deadline or the
 *                         level was counted over, ascending: the years to load; empty when official
 */
public record SlaStatus(String caseId, SlaClock clock, SlaLevel level, LocalDate deadline, Instant dueAt,
                        List<Integer> provisionalYears) {

    /** Checks the components: required ones non-null, numbers in range (the message names field and value). */
    public SlaStatus {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(dueAt, "dueAt");
        if (level == SlaLevel.UNEVALUABLE) {
            throw new IllegalArgumentException("level: value UNEVALUABLE: a status is ON_TIME, DUE_SOON or OVERDUE");
        }
        provisionalYears = List.copyOf(Objects.requireNonNull(provisionalYears, "provisionalYears"));
    }

    /**
     * A status resting on official calendar data only.
     *
     * @param caseId   the case
     * @param clock    the clock
     * @param level    on time, due soon or overdue
     * @param deadline the last day the obligation may be met on
     * @param dueAt    the instant it becomes overdue
     */
    public SlaStatus(String caseId, SlaClock clock, SlaLevel level, LocalDate deadline, Instant dueAt) {
        this(caseId, clock, level, deadline, dueAt, List.of());
    }

    /** Whether the deadline or level depends on a provisional year (and may change when its notice is loaded). */
    public boolean provisional() {
        return !provisionalYears.isEmpty();
    }
}
