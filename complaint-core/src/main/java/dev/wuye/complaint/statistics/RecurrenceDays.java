package dev.wuye.complaint.statistics;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.HandlingCycle;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recurrences in one department's month (R-4.4.2d6, R-4.6.5): complaints or suggestions accepted in
 * the month of a kind (category; the department is fixed) whose earlier case completed handling
 * within one month before. Kept per kind as days from {@link MonthWindow#recurrenceFrom} to the month
 * end: how many of the kind were accepted that day (in the month) and whether one completed that day.
 */
final class RecurrenceDays {

    /** One kind's days. */
    private static final class KindDays {
        final long[] accepted;
        final boolean[] completed;

        KindDays(int days) {
            accepted = new long[days];
            completed = new boolean[days];
        }
    }

    private final MonthWindow window;
    private final Map<String, KindDays> kinds = new HashMap<>();

    RecurrenceDays(MonthWindow window) {
        this.window = window;
    }

    /**
     * Counts a complaint or suggestion with a category: its acceptance if in the month, and its
     * completions (each cycle's; the closure when no cycle completed).
     *
     * @param s                the case
     * @param acceptedInMonth  whether its acceptance date is in the month
     */
    void accept(CaseSnapshot s, boolean acceptedInMonth) {
        String kind = s.category();
        // The kind's days are looked up once, and only when the case counts on one of them.
        KindDays days = null;
        if (acceptedInMonth) {
            days = days(kind);
            days.accepted[window.dayIndex(s.acceptanceDate())]++;
        }
        boolean anyCompletion = false;
        List<HandlingCycle> cycles = s.cycles();
        for (int i = 0; i < cycles.size(); i++) {
            Instant completedAt = cycles.get(i).completedAt();
            if (completedAt != null) {
                anyCompletion = true;
                days = completed(kind, days, completedAt);
            }
        }
        if (!anyCompletion && s.closedAt() != null) {
            completed(kind, days, s.closedAt());
        }
    }

    /** Marks a completion day of a kind; returns the kind's days when looked up, else {@code days}. */
    private KindDays completed(String kind, KindDays days, Instant at) {
        // Only completions from the day after recurrenceFrom up to the month end can make an
        // opinion of this month a recurrence; the instant check skips the date conversion.
        if (!window.inRecurrenceDays(at)) {
            return days;
        }
        int day = window.dayIndex(at);
        if (day <= 0) {
            return days;
        }
        KindDays k = days != null ? days : days(kind);
        k.completed[day] = true;
        return k;
    }

    private KindDays days(String kind) {
        KindDays k = kinds.get(kind);
        if (k == null) {
            k = new KindDays(window.days);
            kinds.put(kind, k);
        }
        return k;
    }

    /**
     * Opinions accepted in the month whose kind completed on an earlier day at most one month before,
     * of the opinions counted here accepted in the month (so never more than that population).
     */
    Rate recurrences() {
        long recurrences = 0;
        long accepted = 0;
        for (KindDays k : kinds.values()) {
            int lastCompletion = -1;
            for (int day = 0; day < k.accepted.length; day++) {
                accepted += k.accepted[day];
                // The latest completion strictly before the day is the best candidate (plusMonths is monotone).
                if (k.accepted[day] > 0 && lastCompletion >= 0
                        && window.withinMonthAfter(lastCompletion, day)) {
                    recurrences += k.accepted[day];
                }
                if (k.completed[day]) {
                    lastCompletion = day;
                }
            }
        }
        return new Rate(recurrences, accepted);
    }
}
