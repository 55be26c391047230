package dev.wuye.complaint.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Assumptions;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The databases the JDBC store is tested on, one pool per JVM each, in a schema (PostgreSQL) or database
 * (MariaDB) of its own per run so that runs from several checkouts never meet; dropped when the JVM ends.
 *
 * <p>When a server cannot be reached the test is skipped with a message saying why, except when the
 * environment variable {@code CI} is {@code true}: then it fails, because CI must prove all three.
 * Connections run in a session zone far from UTC, so a store that lets the session zone touch its
 * instants fails the round-trip tests.
 */
final class TestDatabases {

    /** The databases. */
    enum Db {
        /** Embedded, always there. */
        H2,
        /** 127.0.0.1:5432, database {@code test}, user {@code postgres} or {@code root}, trust authentication. */
        POSTGRESQL,
        /** 127.0.0.1:3306, database {@code test}, user {@code root}, empty password. */
        MARIADB,
        /**
         * The same server with the driver's server-side prepared statements ({@code useServerPrepStmts=true}, as
         * {@link JdbcPools#pool} sets): results in MariaDB's binary protocol.
         */
        MARIADB_SERVER_PREPARED
    }

    static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

    private static final List<String> TABLES = List.of("wuye_activity", "wuye_complaint", "wuye_complaint_audit", "wuye_visit",
            "wuye_duty_log", "wuye_review", "wuye_report_submission", "wuye_archive_batch");
    private static final String POSTGRES_URL = System.getProperty("wuye.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String MARIADB_URL = System.getProperty("wuye.test.mariadb.url",
            "jdbc:mariadb://127.0.0.1:3306/test");

    /** A pool, or the reason there is none. */
    private record Opened(HikariDataSource pool, String unavailable) {
    }

    private static final Map<Db, Opened> OPENED = new ConcurrentHashMap<>();

    private TestDatabases() {
    }

    /**
     * A migrated data source on the database, emptied.
     *
     * @throws org.opentest4j.TestAbortedException when the server is unreachable and CI is not set
     * @throws IllegalStateException when the server is unreachable and {@code CI=true}
     */
    static DataSource cleanDataSource(Db db) {
        Opened opened = OPENED.computeIfAbsent(db, TestDatabases::open);
        if (opened.pool() == null) {
            if (CI) {
                throw new IllegalStateException(opened.unavailable()
                        + " -- CI=true, so an unreachable database fails the build instead of skipping");
            }
            Assumptions.abort(opened.unavailable() + " -- skipping the JDBC TCK on it (with CI=true this fails)");
        }
        clean(opened.pool());
        return opened.pool();
    }

    private static void clean(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            for (String table : TABLES) {
                st.addBatch("DELETE FROM " + table);
            }
            st.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the test tables", e);
        }
    }

    private static Opened open(Db db) {
        return switch (db) {
            case H2 -> {
                HikariDataSource pool = pool("jdbc:h2:mem:wuye-tck;DB_CLOSE_DELAY=-1", "sa",
                        "SET TIME ZONE 'America/New_York'");
                JdbcStorages.migrate(pool);
                yield new Opened(pool, null);
            }
            case POSTGRESQL -> openPostgres();
            case MARIADB -> openMariaDb("");
            case MARIADB_SERVER_PREPARED -> openMariaDb("?useServerPrepStmts=true");
        };
    }

    private static Opened openPostgres() {
        StringBuilder why = new StringBuilder();
        for (String user : List.of("postgres", "root")) {
            String schema = "wuye_tck_" + UUID.randomUUID().toString().substring(0, 8);
            try (Connection c = DriverManager.getConnection(POSTGRES_URL + "?connectTimeout=3", user, "");
                 Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                why.append(" ").append(user).append(": ").append(e.getMessage()).append(';');
                continue;
            }
            HikariDataSource pool = pool(POSTGRES_URL + "?currentSchema=" + schema, user,
                    "SET TIME ZONE 'America/New_York'");
            dropAtExit(pool, POSTGRES_URL, user, "DROP SCHEMA " + schema + " CASCADE");
            JdbcStorages.migrate(pool);
            return new Opened(pool, null);
        }
        return new Opened(null, "PostgreSQL is not reachable at " + POSTGRES_URL + " as postgres or root:" + why);
    }

    private static Opened openMariaDb(String driverSettings) {
        String database = "wuye_tck_" + UUID.randomUUID().toString().substring(0, 8);
        // A case-insensitive default on purpose, as many hosts have: the migration must set its own collation.
        try (Connection c = DriverManager.getConnection(MARIADB_URL + "?connectTimeout=3000", "root", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        } catch (SQLException e) {
            return new Opened(null, "MariaDB is not reachable at " + MARIADB_URL + " as root: " + e.getMessage());
        }
        String url = MARIADB_URL.substring(0, MARIADB_URL.lastIndexOf('/') + 1) + database + driverSettings;
        HikariDataSource pool = pool(url, "root", "SET time_zone = '-05:00'");
        dropAtExit(pool, MARIADB_URL, "root", "DROP DATABASE " + database);
        JdbcStorages.migrate(pool);
        return new Opened(pool, null);
    }

    private static HikariDataSource pool(String url, String user, String initSql) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword("");
        config.setMaximumPoolSize(8);
        config.setConnectionInitSql(initSql);
        config.setPoolName("wuye-tck");
        return new HikariDataSource(config);
    }

    private static void dropAtExit(HikariDataSource pool, String adminUrl, String user, String drop) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            pool.close();
            try (Connection c = DriverManager.getConnection(adminUrl, user, "");
                 Statement st = c.createStatement()) {
                st.execute(drop);
            } catch (SQLException e) {
                System.err.println("could not drop the test schema (" + drop + "): " + e.getMessage());
            }
        }, "drop-" + pool.getPoolName()));
    }
}
