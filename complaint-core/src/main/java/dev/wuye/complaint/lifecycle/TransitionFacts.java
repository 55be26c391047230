package dev.wuye.complaint.lifecycle;

import java.util.Objects;

/**
 * The facts about a case that the state chart's guards read. The aggregate computes them; the
 * engine never sees the aggregate itself.
 *
 * @param route                  the classification (for CLASSIFY: the classification being applied)
 * @param investigationRecorded the current cycle has its investigation recorded (R-4.3.1e)
 * @param escalationExhausted   the case is already at the general manager (no higher level, R-4.3.1f)
 * @param onlineFollowUp        the customer's follow-up channel is online (R-4.4.2d5)
 * @param followUpSatisfied     for RECORD_FOLLOW_UP: the follow-up being recorded is satisfied
 * @param followUpDone          a follow-up has been completed for the last handling cycle (R-4.4.2a)
 */
public record TransitionFacts(
        Route route,
        boolean investigationRecorded,
        boolean escalationExhausted,
        boolean onlineFollowUp,
        boolean followUpSatisfied,
        boolean followUpDone) {

    public TransitionFacts {
        Objects.requireNonNull(route, "route");
    }

    /** Facts of an unclassified case with nothing recorded. */
    public static TransitionFacts of(Route route) {
        return new TransitionFacts(route, false, false, false, false, false);
    }
}
