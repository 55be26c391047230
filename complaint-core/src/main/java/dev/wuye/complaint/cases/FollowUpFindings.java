package dev.wuye.complaint.cases;

import java.util.Objects;

/**
 * What a follow-up found (R-4.4.2d), as written in the complaint and follow-up register.
 *
 * @param method            how it was done; the customer's chosen channel, or RECURRENCE_CHECK for NONE
 * @param timely            handled in time?
 * @param resultSatisfied   satisfied with the result? (for a recurrence check: no recurrence)
 * @param attitudeSatisfied satisfied with the attitude? nullable when not asked
 * @param remarks           free text; nullable
 */
public record FollowUpFindings(FollowUpMethod method, Boolean timely, boolean resultSatisfied,
                               Boolean attitudeSatisfied, String remarks) {

    public FollowUpFindings {
        Objects.requireNonNull(method, "method");
    }

    /** Satisfied overall: with the result, and not unsatisfied with the attitude. */
    public boolean satisfied() {
        return resultSatisfied && !Boolean.FALSE.equals(attitudeSatisfied);
    }
}
