package dev.wuye.complaint.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * One follow-up (回访) of a handling cycle, as written in the complaint and follow-up register
 * 《客户投诉与回访登记表》 (R-4.4.2d).
 *
 * @param cycle             the handling cycle it follows up
 * @param at                when it was done
 * @param byStaffId         the receiver who did it
 * @param method            PHONE, HOME_VISIT, LETTER, ONLINE, or RECURRENCE_CHECK for a case with no channel (R-4.4.2d6)
 * @param timely            the customer says it was handled in time; nullable when not asked
 * @param resultSatisfied   satisfied with the result; nullable when not asked
 * @param attitudeSatisfied satisfied with the attitude; nullable when not asked
 * @param remarks           free text; nullable
 */
public record FollowUpEntry(
        int cycle,
        Instant at,
        String byStaffId,
        String method,
        Boolean timely,
        Boolean resultSatisfied,
        Boolean attitudeSatisfied,
        String remarks) {

    public FollowUpEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(byStaffId, "byStaffId");
        Objects.requireNonNull(method, "method");
    }

    /** Satisfied overall: satisfied with the result and not unsatisfied with the attitude. */
    public boolean satisfied() {
        return Boolean.TRUE.equals(resultSatisfied) && !Boolean.FALSE.equals(attitudeSatisfied);
    }
}
