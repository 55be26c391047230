package dev.wuye.complaint.sla;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The result of one scan of the open cases: the desk's list of overdue and due-soon items.
 *
 * @param asOf         the instant evaluated
 * @param casesScanned how many open cases were looked at
 * @param alerts       every due-soon or overdue clock found (whether or not it fired before)
 * @param problems     cases that could not be evaluated (e.g. a year without calendar data), one
 *                     message each naming the case
 */
public record SlaScan(Instant asOf, int casesScanned, List<SlaAlert> alerts, List<String> problems) {

    /** Checks the components: required ones non-null, numbers in range (the message names field and value). */
    public SlaScan {
        Objects.requireNonNull(asOf, "asOf");
        alerts = List.copyOf(alerts);
        problems = List.copyOf(problems);
    }

    /** The overdue items. */
    public List<SlaAlert> overdue() {
        return alerts.stream().filter(a -> a.level() == SlaLevel.OVERDUE).toList();
    }

    /** The due-soon items. */
    public List<SlaAlert> dueSoon() {
        return alerts.stream().filter(a -> a.level() == SlaLevel.DUE_SOON).toList();
    }
}
