package dev.wuye.complaint.classification;

import java.util.List;
import java.util.Objects;

/**
 * R-4.3.1b: a corrective and preventive action (纠正和预防措施) the department head should open.
 *
 * @param kind    the kind of opinion
 * @param reason  repeated or high-impact
 * @param caseIds the cases that raise it, in acceptance order
 * @param ruleId  always {@code R-4.3.1b}
 */
public record CorrectiveActionSuggestion(SameKind kind, Reason reason, List<String> caseIds, String ruleId) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public CorrectiveActionSuggestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        caseIds = List.copyOf(caseIds);
        Objects.requireNonNull(ruleId, "ruleId");
    }

    /** Why the action is suggested. */
    public enum Reason {
        /** 重复发生 — at least the threshold number of the same kind within the window. */
        REPEATED("重复发生"),
        /** 影响重大 — a major complaint or one with major impact. */
        HIGH_IMPACT("影响重大");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /** The Chinese label. */
        public String label() {
            return label;
        }
    }
}
