package dev.wuye.complaint.desk;

import dev.wuye.complaint.calendar.UnknownYearException;
import dev.wuye.complaint.calendar.UnknownYearPolicy;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.sla.OfficeHours;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.function.Supplier;

/** When the receiver accepts opinions; outside, the duty officer registers them (R-4.2.1b). */
interface IntakeHours {

    /** Whether {@code at} is within office hours on a working day. */
    boolean isOpen(Instant at);

    /** The start of the next office hours after {@code at}: when a duty registration's handover is due. */
    Instant nextOpening(Instant at);

    /**
     * Office hours on a calendar, read anew for every intake so that a notice loaded at run time
     * counts from the next intake on.: intake never fails for want of calendar data. When the
     * year of an opinion (or of its handover) has no data and no provisional rule, office hours are
     * judged on weekends alone and a warning says which year to load; the SLA monitor alerts the case
     * as unevaluable.
     *
     * @param office    the office hours
     * @param calendars the working-day calendar in use (a fixed one, or a {@link dev.wuye.complaint.calendar.LiveCalendar})
     * @return the intake hours
     */
    static IntakeHours of(OfficeHours office, Supplier<WorkingDayCalendar> calendars) {
        Logger log = LoggerFactory.getLogger(ComplaintDesk.class);
        return new IntakeHours() {
            @Override
            public boolean isOpen(Instant at) {
                WorkingDayCalendar calendar = calendars.get();
                try {
                    return office.isOpen(at, calendar);
                } catch (UnknownYearException e) {
                    log.warn("R-2.2 intake at {} taken with weekend-only office hours: {}", at, e.getMessage());
                    return office.isOpen(at, weekendsOnly(calendar));
                }
            }

            @Override
            public Instant nextOpening(Instant at) {
                WorkingDayCalendar calendar = calendars.get();
                try {
                    return office.nextOpening(at, calendar);
                } catch (UnknownYearException e) {
                    log.warn("R-2.2 handover after {} scheduled with weekend-only office hours: {}", at, e.getMessage());
                    return office.nextOpening(at, weekendsOnly(calendar));
                }
            }
        };
    }

    private static WorkingDayCalendar weekendsOnly(WorkingDayCalendar calendar) {
        return calendar.toBuilder().unknownYearPolicy(UnknownYearPolicy.WEEKENDS_ONLY).build();
    }
}
