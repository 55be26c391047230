/**
 * 工作日历 — the working-day calendar every time limit of the procedure is counted in.
 *
 * <p>{@link dev.wuye.complaint.calendar.WorkingDayCalendar#chinaMainland()} is the official
 * mainland-China calendar (weekends off, statutory holidays off, adjusted working weekends 调休 on)
 * with bundled data for 2007–2026. A later year without its State Council notice is counted
 * provisionally ({@link dev.wuye.complaint.calendar.ProvisionalYears}: weekends and the statutory
 * holidays of the {@link dev.wuye.complaint.calendar.StatutoryHolidayRules version of the law} in force,
 * on the festival dates of a bundled table, {@link dev.wuye.complaint.calendar.FestivalDates}), and
 * answers that depend on it say so ({@link dev.wuye.complaint.calendar.WorkingDate},
 * {@link dev.wuye.complaint.calendar.WorkingDayCount}).
 *
 * <p>Hosts load later years in the holiday-cn JSON format ({@link dev.wuye.complaint.calendar.HolidayCnYear})
 * while running, from a file, a directory, a URL or the classpath
 * ({@link dev.wuye.complaint.calendar.HolidayDataLoader}), into a
 * {@link dev.wuye.complaint.calendar.LiveCalendar} that swaps the immutable calendar atomically; and
 * build company calendars on it with {@link dev.wuye.complaint.calendar.WorkingDayCalendar#toBuilder()}.
 * See {@code docs/calendar.md}.
 */
package dev.wuye.complaint.calendar;
