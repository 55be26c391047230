package dev.wuye.complaint.examples.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.wuye.complaint.spi.StoreException;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;

/**
 * Factory helpers for {@link JdbcStorage}: a HikariCP pool, the Flyway migration of the dialect, or both.
 * A host that already has a pooled {@link DataSource} calls {@link #migrate(DataSource)} (or runs the
 * migrations with its own Flyway) and {@code new JdbcStorage(dataSource)}.
 */
public final class JdbcStorages {

    /** The Flyway history table of this library, apart from the host's own {@code flyway_schema_history}. */
    public static final String HISTORY_TABLE = "wuye_complaint_schema_history";

    private JdbcStorages() {
    }

    /**
     * A HikariCP pool.
     *
     * @param jdbcUrl  e.g. {@code jdbc:postgresql://db:5432/app}
     * @param user     the user
     * @param password the password; may be empty
     * @return the pool; close it when the host stops
     */
    public static HikariDataSource pool(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName("wuye-complaint");
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    /**
     * Brings the schema up to date with the migrations of the database's dialect
     * ({@code db/migration/h2}, {@code postgresql} or {@code mariadb}). Safe to call at every start and
     * from several hosts at once (Flyway locks its history table). Works in a schema that already holds the
     * host's tables: the history is kept in {@link #HISTORY_TABLE}.
     *
     * @param dataSource the data source
     * @return how many migrations this call applied (0 when the schema was up to date)
     */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure()
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

    /**
     * An embedded H2 database kept in memory for the life of the JVM, migrated: the quickstart's default.
     *
     * @param name the database name
     * @return the pool
     */
    public static HikariDataSource embeddedH2(String name) {
        HikariDataSource pool = pool("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        migrate(pool);
        return pool;
    }

    private static Dialect dialect(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return Dialect.of(c);
        } catch (SQLException e) {
            throw new StoreException("cannot open a connection to detect the database", e);
        }
    }
}
