package dev.wuye.complaint.sla;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The counts of one {@link SlaMonitor#sweep(Instant)}: the alerts themselves went to the listeners as
 * they were found and are not kept.
 *
 * @param asOf             the instant evaluated
 * @param casesEvaluated   how many open cases were due and evaluated
 * @param alertsFound      due-soon and overdue clocks found (fired before or not)
 * @param unevaluable      cases (and weekly reviews) that could not be evaluated, each an UNEVALUABLE alert
 * @param alertsFired      alerts fired now for the first time and delivered to every listener
 * @param provisionalYears the provisional years any deadline or level was counted over, ascending
 */
public record SlaSweep(Instant asOf, int casesEvaluated, int alertsFound, int unevaluable, int alertsFired,
                       SortedSet<Integer> provisionalYears) {

    /** Checks the components: required ones non-null, counts not negative (the message names field and value). */
    public SlaSweep {
        Objects.requireNonNull(asOf, "asOf");
        for (int n : new int[] {casesEvaluated, alertsFound, unevaluable, alertsFired}) {
            if (n < 0) {
                throw new IllegalArgumentException("counts: value " + n + ": must not be negative");
            }
        }
        provisionalYears = Collections.unmodifiableSortedSet(
                new TreeSet<>(Objects.requireNonNull(provisionalYears, "provisionalYears")));
    }
}
