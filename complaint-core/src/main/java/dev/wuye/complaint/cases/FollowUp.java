package dev.wuye.complaint.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * A follow-up (回访) recorded on a case (R-4.4.2b–d), or the posting of an approved online reply
 * (R-4.4.2d5).
 *
 * @param cycle             the handling cycle it follows up
 * @param at                when
 * @param byStaffId         who did it
 * @param method            how it was done
 * @param timely            handled in time? nullable when not asked
 * @param resultSatisfied   satisfied with the result? nullable when not asked
 * @param attitudeSatisfied satisfied with the attitude? nullable when not asked
 * @param remarks           free text; nullable
 */
record FollowUp(int cycle, Instant at, String byStaffId, FollowUpMethod method, Boolean timely,
                Boolean resultSatisfied, Boolean attitudeSatisfied, String remarks) {

    FollowUp {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(byStaffId, "byStaffId");
        Objects.requireNonNull(method, "method");
    }
}
