/**
 * A reference {@link dev.wuye.complaint.spi.Storage} over plain JDBC: {@link
 * dev.wuye.complaint.examples.jdbc.JdbcStorage} on a host's {@link javax.sql.DataSource}, with the
 * schema as Flyway migrations per dialect (H2, PostgreSQL, MariaDB/MySQL) under
 * {@code db/migration/<dialect>}, and {@link dev.wuye.complaint.examples.jdbc.JdbcStorages} to build a
 * HikariCP pool and migrate. It passes the persistence TCK on all three databases; copy it as a starting
 * point for a vendor store.
 */
package dev.wuye.complaint.examples.jdbc;
