package dev.wuye.complaint.classification;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.HandlingCycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * "Within one month after handling" (R-4.4.2d6, R-4.6.5): an opinion accepted on a day after the
 * completion date, up to and including the same date of the next month ({@code docs/rules.md}). Month ends clamp
 * as {@link LocalDate#plusMonths(long)} does: completed 31 January → window ends 28 (29) February.
 * Days, not instants, so that an opinion accepted later on the completion day itself is not a
 * recurrence — the day counts like the acceptance day of does not.
 */
public final class RecurrenceWindow {

    private RecurrenceWindow() {
    }

    /**
     * The last day of the window.
     *
     * @param completionDate the day handling was completed
     * @return the same date of the next month
     */
    public static LocalDate end(LocalDate completionDate) {
        return completionDate.plusMonths(1);
    }

    /**
     * Whether an opinion accepted on {@code date} recurs within the window of {@code completionDate}.
     *
     * @param completionDate the day the earlier case's handling was completed
     * @param date           the acceptance date of the later opinion
     * @return whether it is within the window
     */
    public static boolean contains(LocalDate completionDate, LocalDate date) {
        return date.isAfter(completionDate) && !date.isAfter(end(completionDate));
    }

    /**
     * The day a case's handling was last completed: the latest completed cycle, or the closing time
     * of a case closed without a handling cycle.
     *
     * @param s    the case
     * @param zone the zone dates are taken in
     * @return the completion date, or empty while handling is not complete
     */
    public static Optional<LocalDate> completionDate(CaseSnapshot s, ZoneId zone) {
        Instant last = null;
        for (HandlingCycle c : s.cycles()) {
            if (c.completedAt() != null && (last == null || c.completedAt().isAfter(last))) {
                last = c.completedAt();
            }
        }
        if (last == null) {
            last = s.closedAt();
        }
        return last == null ? Optional.empty() : Optional.of(LocalDate.ofInstant(last, zone));
    }
}
