package dev.wuye.complaint.boot.calendar;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import java.util.List;

/**
 * What the calendar in use knows, as the admin endpoints show it.
 *
 * @param officialYears    the years with an official notice (bundled or loaded), ascending
 * @param provisionalYears the years counted provisionally (weekends and statutory holidays only), ascending:
 *                         the notices still to load
 */
public record CalendarSummary(List<Integer> officialYears, List<Integer> provisionalYears) {

    /** Keeps unmodifiable copies. */
    public CalendarSummary {
        officialYears = List.copyOf(officialYears);
        provisionalYears = List.copyOf(provisionalYears);
    }

    /**
     * The summary of a calendar.
     *
     * @param calendar the calendar
     * @return its official and provisional years
     */
    public static CalendarSummary of(WorkingDayCalendar calendar) {
        return new CalendarSummary(List.copyOf(calendar.officialData().keySet()),
                List.copyOf(calendar.provisionalYears()));
    }
}
