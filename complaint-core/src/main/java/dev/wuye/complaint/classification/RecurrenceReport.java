package dev.wuye.complaint.classification;

import java.util.List;

/**
 * What the {@link RecurrenceDetector} found.
 *
 * @param checks      one verdict per case judged by recurrence (R-4.4.2d6, R-4.6.5), by case id
 * @param suggestions corrective and preventive actions to open (R-4.3.1b)
 */
public record RecurrenceReport(List<RecurrenceCheck> checks, List<CorrectiveActionSuggestion> suggestions) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public RecurrenceReport {
        checks = List.copyOf(checks);
        suggestions = List.copyOf(suggestions);
    }

    /** R-4.4.2d6: the cases whose follow-up counts as unsatisfied and that must go back to handling. */
    public List<RecurrenceCheck> mustReturnToHandling() {
        return checks.stream().filter(RecurrenceCheck::returnToHandling).toList();
    }

    /** The verdicts of one rule. */
    public List<RecurrenceCheck> checks(String ruleId) {
        return checks.stream().filter(c -> c.ruleId().equals(ruleId)).toList();
    }
}
