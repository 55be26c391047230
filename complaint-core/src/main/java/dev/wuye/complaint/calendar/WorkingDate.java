package dev.wuye.complaint.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A date computed in working days, with the provisional years it depended on: the answer of
 * {@link WorkingDayCalendar#plusWorkingDaysChecked}. A deadline is provisional when a day it counted
 * over lies in a year without an official notice ({@link ProvisionalYears}); it may move when that
 * year's notice is loaded, and {@link #provisionalYears()} names the years to load.
 *
 * @param date             the date
 * @param provisionalYears the provisional years among the days counted, ascending; empty when the
 *                         answer rests on official data (and declared years) only
 */
public record WorkingDate(LocalDate date, List<Integer> provisionalYears) {

    /** Checks the components and copies the list. */
    public WorkingDate {
        Objects.requireNonNull(date, "date");
        provisionalYears = List.copyOf(Objects.requireNonNull(provisionalYears, "provisionalYears"));
    }

    /** Whether the date depends on a provisional year (and may move when its notice is loaded). */
    public boolean provisional() {
        return !provisionalYears.isEmpty();
    }
}
