/**
 * A Spring Boot host for the library: a REST API over {@code ComplaintDesk}, the JDBC store on H2,
 * PostgreSQL or MariaDB by profile, and a cluster-safe SLA scan. Copy it as a starting point.
 */
package dev.wuye.complaint.examples.boot;
