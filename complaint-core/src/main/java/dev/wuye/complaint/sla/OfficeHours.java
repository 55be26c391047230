package dev.wuye.complaint.sla;

import dev.wuye.complaint.calendar.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * 办公时间 — the hours a dedicated receiver accepts opinions on working days (R-4.2.1b). Outside them
 * a duty officer (值班人员) registers an opinion and hands it over when the next working day's office
 * hours start (R-4.2.4a).
 *
 * @param opens  when office hours start, local time
 * @param closes when they end (exclusive), after {@code opens}
 * @param zone   the zone the office is in
 */
public record OfficeHours(LocalTime opens, LocalTime closes, ZoneId zone) {

    /** The default opening time, 08:30. Project's choice: the procedure gives no office hours. */
    public static final LocalTime DEFAULT_OPENS = LocalTime.of(8, 30);
    /** The default closing time, 17:30. Project's choice: the procedure gives no office hours. */
    public static final LocalTime DEFAULT_CLOSES = LocalTime.of(17, 30);
    /** The default zone, Asia/Shanghai. Project's choice: the procedure gives no time zone. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    /** Checks the components: required ones non-null, numbers in range (the message names field and value). */
    public OfficeHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(zone, "zone");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("closes: value " + closes + ": must be after opens " + opens
                    + " (office hours within one day, R-4.2.1b)");
        }
    }

    /**
     * 08:30–17:30 in Asia/Shanghai. Project's choice: the procedure gives no office hours (上班时间, R-4.2.1b).
     *
     * @return the default office hours
     */
    public static OfficeHours defaults() {
        return new OfficeHours(DEFAULT_OPENS, DEFAULT_CLOSES, DEFAULT_ZONE);
    }

    /**
     * Whether {@code at} is within office hours on a working day: an intake then is an office-hours
     * acceptance, otherwise a duty registration (R-4.2.1b).
     *
     * @param at       the instant
     * @param calendar the working-day calendar
     * @return {@code true} within office hours
     */
    public boolean isOpen(Instant at, WorkingDayCalendar calendar) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime t = local.toLocalTime();
        return !t.isBefore(opens) && t.isBefore(closes) && calendar.isWorkingDay(local.toLocalDate());
    }

    /**
     * The start of office hours on the next working day on which they have not yet begun at
     * {@code at}: the same day's opening when {@code at} is before it on a working day, otherwise the
     * next working day's. This is when a duty registration's handover is due (R-4.2.1b, R-4.2.4a).
     *
     * @param at       the instant
     * @param calendar the working-day calendar
     * @return the opening instant, strictly after {@code at}
     */
    public Instant nextOpening(Instant at, WorkingDayCalendar calendar) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (!local.toLocalTime().isBefore(opens) || !calendar.isWorkingDay(day)) {
            day = calendar.nextWorkingDay(day);
        }
        return day.atTime(opens).atZone(zone).toInstant();
    }

    /**
     * The date of an instant in the office's zone.
     *
     * @param at the instant
     * @return the local date
     */
    public LocalDate dateOf(Instant at) {
        return at.atZone(zone).toLocalDate();
    }
}
