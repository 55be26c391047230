/**
 * The command-path load harness: a whole valid-complaint case through the desk on the JDBC store and a
 * HikariCP pool, side by side with a raw-JDBC program doing the same writes with one read per command,
 * on the local PostgreSQL and MariaDB, and what one read of a case row costs the client thread on each side.
 * Run by hand ({@link dev.wuye.complaint.benchmarks.db.command.CommandLoad},
 * {@link dev.wuye.complaint.benchmarks.db.command.RowReadCpu}), never by the build's tests.
 */
package dev.wuye.complaint.benchmarks.db.command;
