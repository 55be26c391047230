/**
 * 时限 — the procedure's clocks, counted in working days of a
 * {@link dev.wuye.complaint.calendar.WorkingDayCalendar}: the duty-registration handover (R-4.2.1b),
 * the time limit (R-4.7.1–4.7.3), the follow-up (R-4.4.2b, R-4.7.4), customer updates of long-running
 * complaints (R-4.4.1b) and the department heads' weekly review (R-4.4.2d7); on-time / due-soon /
 * overdue status for open cases and a monitor that alerts each lapse once.
 *
 * <p>The calendar may be swapped at run time (a {@link dev.wuye.complaint.calendar.LiveCalendar}); the
 * monitor reads it once per scan. Deadlines counted over a year without an official holiday notice
 * carry their provisional years; a case whose clocks cannot be evaluated gets an
 * {@link dev.wuye.complaint.sla.SlaLevel#UNEVALUABLE} alert, fired once per case and reason.
 *
 * <p>Everything here is a pure computation over SPI snapshots, except {@code SlaMonitor}, which reads
 * cases through the {@link dev.wuye.complaint.spi.Storage} it is given.
 */
package dev.wuye.complaint.sla;
