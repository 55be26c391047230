/**
 * 工作日历 — the working-day calendar every time limit of the procedure is counted in.
 *
 * <p>{@link dev.wuye.complaint.calendar.WorkingDayCalendar#chinaMainland()} is the official
 * mainland-China calendar (weekends off, statutory holidays off, adjusted working weekends 调休 on)
 * with bundled data for 2007–2026; hosts load later years at run time from files in the holiday-cn
 * JSON format ({@link dev.wuye.complaint.calendar.HolidayCnYear}) and build company calendars on it
 * with {@link dev.wuye.complaint.calendar.WorkingDayCalendar#toBuilder()}.
 */
package dev.wuye.complaint.calendar;
