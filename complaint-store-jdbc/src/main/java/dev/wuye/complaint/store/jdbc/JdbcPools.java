package dev.wuye.complaint.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Connection pools for hosts that have none yet: a HikariCP pool, or an embedded, migrated H2 database.
 * The only class of this package that needs HikariCP (an optional dependency: add
 * {@code com.zaxxer:HikariCP} to use it); {@link JdbcStorage} and {@link JdbcStorages} work on any
 * {@link javax.sql.DataSource}.
 */
public final class JdbcPools {

    private JdbcPools() {
    }

    /**
     * A HikariCP pool of at most ten connections at READ COMMITTED (what {@link JdbcStorage} runs its
     * units of work at, so they need not set it); on MariaDB and MySQL with auto-commit off, which
     * {@link JdbcStorage} handles (every write is in a unit of work it commits; a read outside one is
     * rolled back when done); on MariaDB with server-side prepared statements ({@code useServerPrepStmts}),
     * which the driver caches per connection.
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
        // Set once per connection, so a unit of work of JdbcStorage never sets (and resets) it.
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        // MariaDB's driver sends "set autocommit" to the server on every change: connections that stay out of
        // auto-commit save a unit of work those two round trips (PostgreSQL's driver sends nothing for them).
        if (jdbcUrl.startsWith("jdbc:mariadb:") || jdbcUrl.startsWith("jdbc:mysql:")) {
            config.setAutoCommit(false);
        }
        // MariaDB's driver otherwise parses a statement's text on every prepare (the store's case SELECT names 44
        // columns) and formats and parses every date and time as text: prepared once per connection on the
        // server and kept in the driver's cache, a command costs the client about a tenth less.
        if (jdbcUrl.startsWith("jdbc:mariadb:")) {
            config.addDataSourceProperty("useServerPrepStmts", "true");
        }
        return new HikariDataSource(config);
    }

    /**
     * An embedded H2 database kept in memory for the life of the JVM, migrated: the quickstart's default
     * (needs {@code com.h2database:h2}).
     *
     * @param name the database name
     * @return the pool; close it when done
     */
    public static HikariDataSource embeddedH2(String name) {
        HikariDataSource pool = pool("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcStorages.migrate(pool);
        return pool;
    }
}
