package dev.wuye.complaint.examples.boot.web;

import dev.wuye.complaint.boot.calendar.CalendarReloader;
import dev.wuye.complaint.boot.calendar.CalendarSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's view of the working-day calendar, and its reload after next year's State Council
 * notice was placed at a configured location ({@code wuye.complaint.calendar.data}). The reload reads only the
 * configured locations, never a location taken from the request. A refused notice is a 422 problem
 * naming the file and the entry ({@link ApiExceptionHandler#calendarRefused}), and the calendar in use
 * is unchanged.
 *
 * <p>An operator action: protect {@code /api/admin/**} once the host has sign-in.
 */
@RestController
@RequestMapping("/api/admin/calendar")
public class CalendarAdminController {

    private final CalendarReloader reloader;

    /**
     * @param reloader the configured locations and the calendar in use
     */
    public CalendarAdminController(CalendarReloader reloader) {
        this.reloader = reloader;
    }

    /** The calendar in use: its official and its provisional years. */
    @GetMapping
    public CalendarSummary summary() {
        return reloader.summary();
    }

    /** Reads the configured locations again and puts their notices in use; answers the new summary. */
    @PostMapping("/reload")
    public CalendarSummary reload() {
        return reloader.reload();
    }
}
