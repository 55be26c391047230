package dev.wuye.complaint.statistics;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.HandlingCycle;

import java.time.Instant;
import java.util.List;

/**
 * How one department's cases moved in the month: closed in it, still open at its end (carried over),
 * sent back for another handling cycle in it (R-4.4.2d).
 */
final class HandlingFigures {

    private long closed;
    private long carriedOver;
    private long reHandled;

    /**
     * Counts a case accepted by the month end.
     *
     * @param s      the case
     * @param window the month
     */
    void accept(CaseSnapshot s, MonthWindow window) {
        Instant closedAt = s.closedAt();
        if (closedAt == null || !closedAt.isBefore(window.nextAt)) {
            carriedOver++;
        } else if (!closedAt.isBefore(window.startAt)) {
            closed++;
        }
        if (reHandlingAssignedIn(s.cycles(), window)) {
            reHandled++;
        }
    }

    /** Whether a cycle after the first was assigned in the month. */
    private static boolean reHandlingAssignedIn(List<HandlingCycle> cycles, MonthWindow window) {
        for (int i = 0; i < cycles.size(); i++) {
            HandlingCycle cycle = cycles.get(i);
            if (cycle.number() >= 2 && window.in(cycle.assignedAt())) {
                return true;
            }
        }
        return false;
    }

    long closed() {
        return closed;
    }

    long carriedOver() {
        return carriedOver;
    }

    long reHandled() {
        return reHandled;
    }
}
