package dev.wuye.complaint.classification;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

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
 * @param recurredOn         the acceptance date of {@code recurringCaseId}; nullable when nothing recurred
 * @param returnToHandling   R-4.4.2d6: the case must go back to handling for another cycle
 */
public record RecurrenceCheck(String caseId, SameKind kind, String ruleId, LocalDate completionDate,
                              LocalDate windowEnd, Outcome outcome, String recurringCaseId,
                              LocalDate recurredOn, boolean returnToHandling) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public RecurrenceCheck {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.UNSATISFIED) != (recurredOn != null)) {
            throw new IllegalArgumentException("an unsatisfied verdict, and only one, names the day the kind recurred");
        }
    }

    /**
     * The day the verdict became final: the day the same kind recurred (unsatisfied), or the day after
     * the window ended (satisfied). The monthly table counts a verdict in the month of this day.
     *
     * @return the day, or empty while pending
     */
    public Optional<LocalDate> settledOn() {
        return switch (outcome) {
            case UNSATISFIED -> Optional.of(recurredOn);
            case SATISFIED -> Optional.of(windowEnd.plusDays(1));
            case PENDING -> Optional.empty();
        };
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
