package dev.wuye.complaint.statistics;

import dev.wuye.complaint.sla.UnevaluableReason;

import java.util.Objects;

/**
 * A case the monthly table could not evaluate (a snapshot no command could write); it is in no figure.
 *
 * @param caseId     the case
 * @param department its department
 * @param reason     why: the failure's code and message
 */
public record UnevaluableCase(String caseId, String department, UnevaluableReason reason) {

    /** Checks the components: all required. */
    public UnevaluableCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(reason, "reason");
    }
}
