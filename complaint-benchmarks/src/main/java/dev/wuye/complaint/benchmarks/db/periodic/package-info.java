/**
 * A harness for the periodic jobs on a real database (the SLA scan, the monthly table, snapshot
 * decoding): {@link dev.wuye.complaint.benchmarks.db.periodic.PeriodicJobsHarness} loads the local
 * PostgreSQL and MariaDB and prints every figure as a ratio against its baseline measured in the same run.
 * Run by hand (see docs/performance.md); not part of the build's tests.
 */
package dev.wuye.complaint.benchmarks.db.periodic;
