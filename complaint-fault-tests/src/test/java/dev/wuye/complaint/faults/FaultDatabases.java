package dev.wuye.complaint.faults;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.wuye.complaint.store.jdbc.JdbcStorages;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The databases faults are injected into: a database of its own per test on the local PostgreSQL
 * (127.0.0.1:5432, {@code postgres} or {@code root}, trust) or MariaDB (127.0.0.1:3306, {@code root}, no
 * password), so killing "every connection of the test's database" touches nothing else; dropped after.
 *
 * <p>The suite runs when {@code CI=true} or {@code -Dwuye.faults=true}; otherwise it is skipped with a
 * message. Under {@code CI=true} an unreachable database fails the test.
 */
enum FaultDatabases {
    /** PostgreSQL: connections are ended with {@code pg_terminate_backend}. */
    POSTGRESQL,
    /** MariaDB: connections are ended with {@code KILL}. */
    MARIADB;

    static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));
    static final boolean ENABLED = CI || Boolean.getBoolean("wuye.faults");

    /** A database made for one test. */
    record Db(FaultDatabases kind, String url, String user, String name) {
    }

    /** Skips the test with a message unless the suite is enabled. */
    static void requireEnabled() {
        Assumptions.assumeTrue(ENABLED, "the fault-injection suite kills database connections and processes: it runs "
                + "with CI=true or -Dwuye.faults=true against the local PostgreSQL and MariaDB; skipped");
    }

    /** Creates and migrates a database for one test; fails under CI when unreachable, else skips. */
    Db create() {
        String name = "wuye_faults_" + UUID.randomUUID().toString().substring(0, 8);
        try {
            Db db = this == POSTGRESQL ? createPostgres(name) : createMariaDb(name);
            try (HikariDataSource pool = pool(db, 2)) {
                JdbcStorages.migrate(pool);
            }
            return db;
        } catch (SQLException e) {
            if (CI) {
                throw new IllegalStateException(this + " is not reachable; CI=true, so this fails", e);
            }
            Assumptions.abort(this + " is not reachable, skipping: " + e.getMessage());
            throw new IllegalStateException("unreachable");
        }
    }

    private static Db createPostgres(String name) throws SQLException {
        SQLException last = null;
        for (String user : List.of("postgres", "root")) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=3",
                    user, ""); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name);
                return new Db(POSTGRESQL, "jdbc:postgresql://127.0.0.1:5432/" + name, user, name);
            } catch (SQLException e) {
                last = e;
            }
        }
        throw last;
    }

    private static Db createMariaDb(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/test?connectTimeout=3000",
                "root", ""); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
        }
        return new Db(MARIADB, "jdbc:mariadb://127.0.0.1:3306/" + name, "root", name);
    }

    /** A HikariCP pool on the test's database, as {@code JdbcPools.pool} configures one, with short timeouts. */
    static HikariDataSource pool(Db db, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.url());
        config.setUsername(db.user());
        config.setPassword("");
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(5_000);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        // as JdbcPools configures MariaDB: connections out of auto-commit (PostgreSQL's stay in it)
        config.setAutoCommit(db.kind() == POSTGRESQL);
        config.setPoolName("faults-" + db.name());
        return new HikariDataSource(config);
    }

    /**
     * Ends every connection to the test's database but the one asking.
     *
     * @return how many connections were ended
     */
    static int killConnections(Db db, Connection admin) throws SQLException {
        if (db.kind() == POSTGRESQL) {
            try (PreparedStatement ps = admin.prepareStatement("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    + "WHERE datname = ? AND pid <> pg_backend_pid()")) {
                ps.setString(1, db.name());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = admin.prepareStatement("SELECT ID FROM information_schema.PROCESSLIST "
                + "WHERE DB = ? AND ID <> CONNECTION_ID()")) {
            ps.setString(1, db.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        int killed = 0;
        try (Statement st = admin.createStatement()) {
            for (long id : ids) {
                try {
                    st.execute("KILL " + id);
                    killed++;
                } catch (SQLException gone) {
                    // 1094 unknown thread: it ended between the list and the KILL, which is what we wanted
                    if (gone.getErrorCode() != 1094) {
                        throw gone;
                    }
                }
            }
        }
        return killed;
    }

    /** An administrative connection that is not in the test's pool (PostgreSQL: to {@code test}). */
    static Connection admin(Db db) throws SQLException {
        String url = db.kind() == POSTGRESQL ? "jdbc:postgresql://127.0.0.1:5432/test" : "jdbc:mariadb://127.0.0.1:3306/test";
        return DriverManager.getConnection(url, db.user(), "");
    }

    /** Drops the test's database. */
    static void drop(Db db) {
        try (Connection c = admin(db); Statement st = c.createStatement()) {
            if (db.kind() == POSTGRESQL) {
                st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + db.name() + "'");
            }
            st.execute("DROP DATABASE " + db.name());
        } catch (SQLException e) {
            System.err.println("could not drop " + db.name() + ": " + e.getMessage());
        }
    }
}
