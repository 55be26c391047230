package dev.wuye.complaint.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The result of one scan of the open cases: the desk's list of overdue and due-soon items, and the
 * cases whose clocks could not be evaluated.
 *
 * @param asOf             the instant evaluated
 * @param casesScanned     how many open cases were looked at
 * @param alerts           every due-soon or overdue clock found (whether or not it fired before)
 * @param problems         cases (and weekly reviews) that could not be evaluated, one message each naming
 *                         the case; each also has its alert in {@code unevaluable}
 * @param unevaluable      one {@link SlaLevel#UNEVALUABLE} alert per case (or department's weekly review)
 *                         whose clocks could not be evaluated (whether or not it fired before)
 * @param provisionalYears the provisional years (no official holiday notice yet) any deadline or level of
 *                         this scan was counted over, ascending: the years a host should load
 */
public record SlaScan(Instant asOf, int casesScanned, List<SlaAlert> alerts, List<String> problems,
                      List<SlaAlert> unevaluable, SortedSet<Integer> provisionalYears) {

    /** Checks the components: required ones non-null, numbers in range (the message names field and value). */
    public SlaScan {
        Objects.requireNonNull(asOf, "asOf");
        alerts = List.copyOf(alerts);
        problems = List.copyOf(problems);
        unevaluable = List.copyOf(unevaluable);
        for (SlaAlert a : unevaluable) {
            if (a.level() != SlaLevel.UNEVALUABLE) {
                throw new IllegalArgumentException("unevaluable: value " + a + ": must be an UNEVALUABLE alert");
            }
        }
        provisionalYears = Collections.unmodifiableSortedSet(
                new TreeSet<>(Objects.requireNonNull(provisionalYears, "provisionalYears")));
    }

    /**
     * A scan without unevaluable alerts and without provisional years.
     *
     * @param asOf         the instant evaluated
     * @param casesScanned how many open cases were looked at
     * @param alerts       every due-soon or overdue clock found
     * @param problems     cases that could not be evaluated, one message each
     */
    public SlaScan(Instant asOf, int casesScanned, List<SlaAlert> alerts, List<String> problems) {
        this(asOf, casesScanned, alerts, problems, List.of(), new TreeSet<>());
    }

    /** The overdue items. */
    public List<SlaAlert> overdue() {
        return alerts.stream().filter(a -> a.level() == SlaLevel.OVERDUE).toList();
    }

    /** The due-soon items. */
    public List<SlaAlert> dueSoon() {
        return alerts.stream().filter(a -> a.level() == SlaLevel.DUE_SOON).toList();
    }

    /** How many cases could not be evaluated (the unevaluable alerts that name a case). */
    public int unevaluableCases() {
        return (int) unevaluable.stream().filter(a -> a.caseId() != null).count();
    }

    /** Whether any deadline or level of this scan is provisional. */
    public boolean provisional() {
        return !provisionalYears.isEmpty();
    }

    /** Everything the scan fires: the due-soon and overdue clocks, then the unevaluable cases. */
    public List<SlaAlert> allAlerts() {
        List<SlaAlert> all = new ArrayList<>(alerts.size() + unevaluable.size());
        all.addAll(alerts);
        all.addAll(unevaluable);
        return List.copyOf(all);
    }
}
