/**
 * The SLA scan of the Spring Boot host: a db-scheduler recurring task (one instance runs each
 * execution) and a delivery ledger table with a unique key (each alert delivered once).
 */
package dev.wuye.complaint.examples.boot.sla;
