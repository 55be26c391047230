package dev.wuye.complaint.desk;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.sla.OfficeHours;
import java.time.Instant;
import java.util.Objects;

/**
 * Adapter of the examples: gives a {@link ComplaintDesk.Builder} its intake hours (the working-day
 * calendar plus office hours, R-4.2.1b) while the builder has no public method for them yet. It
 * lives in the desk's package only to reach the package-private {@code intakeHours(…)}; drop it
 * when core offers a public equivalent.
 */
public final class HostDeskAdapter {

    private HostDeskAdapter() {
    }

    /**
     * Sets the intake hours of a desk builder.
     *
     * @param builder  the builder
     * @param calendar which days are working days
     * @param hours    office hours on working days
     * @return the same builder
     */
    public static ComplaintDesk.Builder intakeHours(ComplaintDesk.Builder builder, WorkingDayCalendar calendar,
                                                    OfficeHours hours) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(hours, "hours");
        return builder.intakeHours(new IntakeHours() {
            @Override
            public boolean isOpen(Instant at) {
                return hours.isOpen(at, calendar);
            }

            @Override
            public Instant nextOpening(Instant at) {
                return hours.nextOpening(at, calendar);
            }
        });
    }
}
