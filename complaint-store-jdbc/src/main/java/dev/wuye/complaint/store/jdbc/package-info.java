/**
 * A {@link dev.wuye.complaint.spi.Storage} over plain JDBC: {@link
 * dev.wuye.complaint.store.jdbc.JdbcStorage} on a host's {@link javax.sql.DataSource}, with the schema as
 * Flyway migrations per dialect (H2, PostgreSQL, MariaDB/MySQL) under the library's own class-path folder
 * {@code dev/wuye/complaint/store/jdbc/migration/<dialect>} and history table
 * ({@link dev.wuye.complaint.store.jdbc.JdbcStorages#migrate(javax.sql.DataSource)}), and
 * {@link dev.wuye.complaint.store.jdbc.JdbcPools} to build a HikariCP pool for hosts without one. It
 * passes the persistence TCK on all three databases; copy it as a starting point for a vendor store.
 */
package dev.wuye.complaint.store.jdbc;
