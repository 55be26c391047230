package dev.wuye.complaint.examples.boot;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL schema or MariaDB database per test class on the local servers (PostgreSQL
 * 127.0.0.1:5432 database {@code test}, user {@code postgres}; MariaDB 127.0.0.1:3306 user
 * {@code root}), dropped when the JVM ends. An unreachable server skips the test, except when the
 * environment variable {@code CI} is {@code true}: then it fails.
 */
final class ServerDatabases {

    static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));
    static final String POSTGRES = System.getProperty("wuye.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String MARIADB = System.getProperty("wuye.test.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/test");

    private ServerDatabases() {
    }

    /** A JDBC URL of a new, empty PostgreSQL schema. */
    static String postgresSchema() {
        String schema = "wuye_boot_" + UUID.randomUUID().toString().substring(0, 8);
        run(POSTGRES, "postgres", "CREATE SCHEMA " + schema, "DROP SCHEMA " + schema + " CASCADE");
        return POSTGRES + "?currentSchema=" + schema;
    }

    /** A JDBC URL of a new, empty MariaDB database. */
    static String mariaDbDatabase() {
        String database = "wuye_boot_" + UUID.randomUUID().toString().substring(0, 8);
        run(MARIADB, "root", "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci",
                "DROP DATABASE " + database);
        return MARIADB.substring(0, MARIADB.lastIndexOf('/') + 1) + database;
    }

    private static void run(String url, String user, String create, String drop) {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement st = c.createStatement()) {
            st.execute(create);
        } catch (SQLException e) {
            String why = "cannot reach " + url + " as " + user + ": " + e.getMessage();
            if (CI) {
                throw new IllegalStateException(why + " -- CI=true, so an unreachable database fails the build", e);
            }
            Assumptions.abort(why + " -- skipping (with CI=true this fails)");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = DriverManager.getConnection(url, user, ""); Statement st = c.createStatement()) {
                st.execute(drop);
            } catch (SQLException e) {
                System.err.println("could not drop the test database: " + e.getMessage());
            }
        }));
    }
}
