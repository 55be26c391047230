package dev.wuye.complaint.store.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Which failures mean the connection itself is gone (closed by the server, killed by an operator, a
 * broken network), as opposed to a statement the database refused. A unit of work that failed that
 * way before any of its statements ran wrote nothing and may be run again on a fresh connection.
 */
final class ConnectionFailures {

    /**
     * SQLSTATEs of a lost connection beyond class 08: PostgreSQL's {@code admin_shutdown},
     * {@code crash_shutdown} and {@code cannot_connect_now} (57P01–57P03, what
     * {@code pg_terminate_backend} gives the session it ends).
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03");
    /**
     * MariaDB/MySQL error codes of a lost connection: 1927 connection killed ({@code KILL}), 2006
     * server gone away, 2013 lost connection during query, 1053 server shutdown.
     */
    private static final Set<Integer> CODES = Set.of(1927, 2006, 2013, 1053);

    private ConnectionFailures() {
    }

    /**
     * Whether a failure, or one of its causes, says the connection was lost.
     *
     * @param failure a failure of a JDBC call (or a store exception wrapping one)
     * @return {@code true} for a lost connection
     */
    static boolean isLostConnection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && lost(e)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean lost(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x instanceof SQLRecoverableException || x instanceof SQLNonTransientConnectionException
                    || x instanceof SQLTransientConnectionException) {
                return true;
            }
            String state = x.getSQLState();
            if (state != null && (state.startsWith("08") || STATES.contains(state))) {
                return true;
            }
            if (CODES.contains(x.getErrorCode())) {
                return true;
            }
        }
        return false;
    }
}
