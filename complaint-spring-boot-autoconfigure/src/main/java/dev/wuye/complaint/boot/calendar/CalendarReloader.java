package dev.wuye.complaint.boot.calendar;

import dev.wuye.complaint.calendar.CalendarDataException;
import dev.wuye.complaint.calendar.HolidayCnYear;
import dev.wuye.complaint.calendar.LiveCalendar;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the configured holiday notices ({@code wuye.complaint.calendar.data}) into the host's {@link LiveCalendar}:
 * once at start-up, and again whenever an operator asks (a new {@code YYYY.json} was dropped into the
 * configured directory). Only the configured locations are ever read.
 *
 * <p>A reload reads every location first and hands all notices to the calendar in one
 * {@link LiveCalendar#add add}: either all of them are in use afterwards, or (on a
 * {@link CalendarDataException}, which names the file and the entry) none is and the calendar in use is
 * unchanged. A notice loaded earlier stays in use until a restart even if its file is removed. Thread-safe.
 */
public final class CalendarReloader {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarReloader.class);

    private final LiveCalendar calendar;
    private final List<CalendarLocation> locations;
    private final ClassLoader loader;

    /**
     * Creates the reloader; nothing is read until {@link #reload()}.
     *
     * @param calendar  the calendar in use, shared with the desk
     * @param locations the configured locations (may be empty)
     * @param loader    the class loader for {@code classpath:} locations
     */
    public CalendarReloader(LiveCalendar calendar, List<String> locations, ClassLoader loader) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.locations = locations.stream().map(CalendarLocation::new).toList();
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** The calendar in use, which this reloader keeps up to date. */
    public LiveCalendar calendar() {
        return calendar;
    }

    /** The configured locations, in order. */
    public List<CalendarLocation> locations() {
        return locations;
    }

    /**
     * Reads every configured location and puts their notices in use (nothing to do when none is configured).
     *
     * @return the calendar's summary afterwards
     * @throws CalendarDataException a location cannot be read or holds bad data; the calendar in use is unchanged
     */
    public synchronized CalendarSummary reload() {
        if (locations.isEmpty()) {
            return summary();
        }
        List<HolidayCnYear> notices = new ArrayList<>();
        try {
            locations.forEach(l -> notices.addAll(l.read(loader)));
            calendar.add(notices);
        } catch (CalendarDataException e) {
            LOG.warn("Working-day calendar not reloaded, the calendar in use is unchanged: {}", e.getMessage());
            throw e;
        }
        return summary();
    }

    /** The calendar in use now: its official and provisional years. */
    public CalendarSummary summary() {
        return CalendarSummary.of(calendar.current());
    }
}
