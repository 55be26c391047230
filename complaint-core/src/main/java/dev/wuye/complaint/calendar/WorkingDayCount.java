package dev.wuye.complaint.calendar;

import java.util.List;
import java.util.Objects;

/**
 * A number of working days, with the provisional years it depended on: the answer of
 * {@link WorkingDayCalendar#workingDaysBetweenChecked}.
 *
 * @param days             the signed count, as {@link WorkingDayCalendar#workingDaysBetween}
 * @param provisionalYears the provisional years among the days counted, ascending; empty when the
 *                         count rests on official data (and declared years) only
 */
public record WorkingDayCount(int days, List<Integer> provisionalYears) {

    /** Checks the components and copies the list. */
    public WorkingDayCount {
        provisionalYears = List.copyOf(Objects.requireNonNull(provisionalYears, "provisionalYears"));
    }

    /** Whether the count depends on a provisional year (and may change when its notice is loaded). */
    public boolean provisional() {
        return !provisionalYears.isEmpty();
    }
}
