package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.StoreException;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;

/**
 * The schema of {@link JdbcStorage}: the Flyway migration of the database's dialect, and a store opened
 * on it. A host that already has a pooled {@link DataSource} calls {@link #migrate(DataSource)} (or runs
 * the migrations under {@link #MIGRATIONS} with its own Flyway, keeping {@link #HISTORY_TABLE}) and
 * {@code new JdbcStorage(dataSource, zone)}. Needs no connection pool library; {@link JdbcPools} builds a
 * HikariCP pool for hosts without one.
 */
public final class JdbcStorages {

    /** The Flyway history table of this library, apart from the host's own {@code flyway_schema_history}. */
    public static final String HISTORY_TABLE = "wuye_complaint_schema_history";

    /**
     * The class-path folder holding one folder of migrations per dialect ({@code h2}, {@code postgresql},
     * {@code mariadb}): the library's own, so it never mixes with a host's {@code db/migration}.
     */
    public static final String MIGRATIONS = "dev/wuye/complaint/store/jdbc/migration";

    private JdbcStorages() {
    }

    /**
     * Brings the schema up to date with the migrations of the database's dialect
     * ({@code MIGRATIONS/h2}, {@code postgresql} or {@code mariadb}). Safe to call at every start and
     * from several hosts at once (Flyway locks its history table). Works in a schema that already holds the
     * host's tables: the history is kept in {@link #HISTORY_TABLE}.
     *
     * @param dataSource the data source
     * @return how many migrations this call applied (0 when the schema was up to date)
     */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure(JdbcStorages.class.getClassLoader())
                .dataSource(dataSource)
                .locations(dialect(dataSource).migrations())
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /**
     * Migrates and opens a store.
     *
     * @param dataSource the data source
     * @param zone       the zone record dates are taken in
     * @return the store
     */
    public static JdbcStorage migrateAndOpen(DataSource dataSource, ZoneId zone) {
        migrate(dataSource);
        return new JdbcStorage(dataSource, zone);
    }

    private static Dialect dialect(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return Dialect.of(c);
        } catch (SQLException e) {
            throw new StoreException("cannot open a connection to detect the database", e);
        }
    }
}
