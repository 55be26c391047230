/**
 * The host's working-day calendar: the library's {@code LiveCalendar} loaded at start-up from the
 * locations under {@code wuye.calendar.data}, and reloaded from the same locations by an operator while
 * the application runs (the State Council publishes next year's notice in November or December).
 */
package dev.wuye.complaint.examples.boot.calendar;
