package dev.wuye.complaint.examples.boot.sla;

import dev.wuye.complaint.sla.SlaScan;
import java.time.Instant;
import java.util.List;

/**
 * One SLA query as the REST API shows it.
 *
 * @param asOf             the instant evaluated
 * @param casesScanned     how many open cases were looked at
 * @param unevaluableCases how many of them could not be evaluated (each has an {@code UNEVALUABLE} alert)
 * @param provisional      whether any deadline is provisional
 * @param provisionalYears the years whose official holiday notice should be loaded
 * @param overdue          the overdue clocks
 * @param dueSoon          the clocks due soon
 * @param unevaluable      the cases (and weekly reviews) whose clocks could not be evaluated
 */
public record SlaScanView(Instant asOf, int casesScanned, int unevaluableCases, boolean provisional,
                          List<Integer> provisionalYears, List<SlaAlertView> overdue, List<SlaAlertView> dueSoon,
                          List<SlaAlertView> unevaluable) {

    /**
     * The view of a scan.
     *
     * @param s the scan
     * @return its view
     */
    public static SlaScanView of(SlaScan s) {
        return new SlaScanView(s.asOf(), s.casesScanned(), s.unevaluableCases(), s.provisional(),
                List.copyOf(s.provisionalYears()), s.overdue().stream().map(SlaAlertView::of).toList(),
                s.dueSoon().stream().map(SlaAlertView::of).toList(),
                s.unevaluable().stream().map(SlaAlertView::of).toList());
    }
}
