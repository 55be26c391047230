package dev.wuye.complaint.classification;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The recurrence verdict on one case whose follow-up is judged by recurrence: no follow-up channel
 * (R-4.4.2d6) or an online reply.
 *
 * @param caseId             the judged case
 * @param kind               its kind
 * @param ruleId             {@code R-4.4.2d6} or {@code }
 * @param completionDate     when its handling was completed
 * @param windowEnd          last day of the one-month window
 * @param outcome            satisfied, unsatisfied or still pending
 * @param recurringCaseId    the first case of the same kind accepted in the window; nullable
 * @param returnToHandling   R-4.4.2d6: the case must go back to handling for another cycle
 */
public record RecurrenceCheck(String caseId, SameKind kind, String ruleId, LocalDate completionDate,
                              LocalDate windowEnd, Outcome outcome, String recurringCaseId,
                              boolean returnToHandling) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public RecurrenceCheck {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The verdict. */
    public enum Outcome {
        /** 视为满意 — the window passed with no recurrence. */
        SATISFIED("视为满意"),
        /** 视为不满意 — the same kind recurred within the window. */
        UNSATISFIED("视为不满意"),
        /** 待观察 — the window has not passed yet and nothing recurred so far. */
        PENDING("待观察");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        /** The Chinese label. */
        public String label() {
            return label;
        }
    }
}
