/**
 * The quickstart: one realistic month at a service centre through the real {@code ComplaintDesk} on
 * H2 through the JDBC store, with the monthly analysis table printed and the six records of clause 5
 * written as XLSX plus an HTML report with charts.
 */
package dev.wuye.complaint.examples.quickstart;
