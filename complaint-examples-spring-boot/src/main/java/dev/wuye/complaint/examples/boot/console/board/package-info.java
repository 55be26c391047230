/**
 * 时限看板 — the SLA board of the staff console: the clocks of the person's department (the company's for
 * the company-wide roles) that are due soon or overdue now, from the desk's SLA monitor, with the time
 * left or past in working days (day clocks) or hours (the hand-over, the agreed reply, the online
 * collection), refreshed in place by htmx.
 */
package dev.wuye.complaint.examples.boot.console.board;
