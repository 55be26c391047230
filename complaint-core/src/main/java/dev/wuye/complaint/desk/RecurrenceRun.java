package dev.wuye.complaint.desk;

import dev.wuye.complaint.classification.RecurrenceReport;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link RunRecurrenceCheck} recorded (R-4.4.2d6).
 *
 * @param recordId  the run's id: {@code RC-<department>-<date judged>}
 * @param report    what the recurrence detector found (including verdicts and R-4.3.1b suggestions,
 *                  which the desk reports but does not act on)
 * @param sentBack  cases awaiting follow-up whose kind recurred: follow-up recorded unsatisfied, back to handling
 * @param satisfied cases awaiting follow-up whose month passed with no recurrence: follow-up recorded satisfied
 * @param refused   cases the desk tried to act on but the rules refused, by case id
 */
public record RecurrenceRun(String recordId, RecurrenceReport report, List<String> sentBack, List<String> satisfied,
                            Map<String, CommandResult> refused) implements PeriodResult {

    /** Checks the components (required ones non-null) and copies collections. */
    public RecurrenceRun {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(report, "report");
        sentBack = List.copyOf(sentBack);
        satisfied = List.copyOf(satisfied);
        refused = Map.copyOf(refused);
    }
}
