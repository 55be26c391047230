/**
 * Micrometer meters of the procedure: commands by outcome, SLA alerts and scans, the calendar's official data.
 */
package dev.wuye.complaint.boot.metrics;
