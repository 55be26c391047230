/**
 * The working-day calendar of a Spring application: the library's {@code LiveCalendar} loaded at start-up
 * from the locations under {@code wuye.complaint.calendar.data}, and reloaded from the same locations while
 * the application runs (the State Council publishes next year's notice in November or December).
 */
package dev.wuye.complaint.boot.calendar;
