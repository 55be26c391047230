package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The JDBC plumbing the store's parts share: the data source, its dialect, units of work and queries.
 * A unit of work holds one connection for the thread running it; every query and write of the store on
 * that thread goes through {@link #connection}, {@link #query} or {@link #inTransaction}, which use it.
 */
final class Jdbc {

    /** Logged under the store's public class name, which hosts configure. */
    private static final Logger LOG = LoggerFactory.getLogger(JdbcStorage.class);

    private final DataSource dataSource;
    private final Dialect dialect;
    /** The isolation level the data source's connections come with. */
    private final int defaultIsolation;
    /** Whether that is READ COMMITTED, so a unit of work never sets it (nor resets it). */
    private final boolean readCommittedByDefault;

    /**
     * @param dataSource       the data source
     * @param dialect          its dialect
     * @param defaultIsolation the isolation level its connections come with, read once when the store opens
     */
    Jdbc(DataSource dataSource, Dialect dialect, int defaultIsolation) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.defaultIsolation = defaultIsolation;
        this.readCommittedByDefault = defaultIsolation == Connection.TRANSACTION_READ_COMMITTED;
    }

    DataSource dataSource() {
        return dataSource;
    }

    Dialect dialect() {
        return dialect;
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement ps, T value) throws SQLException;
    }

    @FunctionalInterface
    interface Params {
        void set(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    interface ParamAt {
        void set(PreparedStatement ps, int index) throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /**
     * The unit of work running on this thread: its connection, and whether a statement has run on it.
     * One per storage object and thread; {@code null} outside a unit.
     */
    private final ThreadLocal<Unit> units = new ThreadLocal<>();

    /** A unit of work's connection and what has happened on it. */
    private static final class Unit {
        final Connection connection;
        boolean ran;
        /** The case rows read or written in this unit, by id, as they stand in its transaction; lazily made. */
        Map<String, CaseSnapshot> cases;

        Unit(Connection connection) {
            this.connection = connection;
        }
    }

    /**
     * Runs work in one transaction at READ COMMITTED on one connection, which every query and write of
     * this storage on this thread uses until the work returns (see {@code Storage.atomically}). Joins the
     * unit already running on this thread. Rolls back on any exception and rethrows it; a unit whose
     * connection failed before any statement ran is run once more on a fresh connection. Once committed,
     * nothing that fails (resetting or closing the connection) is thrown: it is logged.
     */
    <T> T atomically(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (units.get() != null) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return unit(work);
            } catch (NotStarted e) {
                if (attempt > 1) {
                    throw new StoreException("the database connection failed twice before any statement ran", e.getCause());
                }
                LOG.warn("the database connection failed before any statement ran; running the unit of work again"
                        + " on a fresh connection: {}", e.getCause().toString());
            }
        }
    }

    /** Thrown inside {@link #atomically} when a unit's connection failed before any statement ran. */
    private static final class NotStarted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotStarted(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private <T> T unit(Supplier<T> work) {
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            throw ConnectionFailures.isLostConnection(e) ? new NotStarted(e)
                    : new StoreException("cannot open a database connection", e);
        }
        Unit unit = new Unit(c);
        boolean committed = false;
        boolean isolationSet = false;
        boolean autoCommitSet = false;
        units.set(unit);
        try {
            try {
                if (c.getAutoCommit()) {
                    c.setAutoCommit(false);
                    autoCommitSet = true;
                }
                if (!readCommittedByDefault) {
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    isolationSet = true;
                }
            } catch (SQLException e) {
                throw ConnectionFailures.isLostConnection(e) ? new NotStarted(e)
                        : new StoreException("cannot start a transaction", e);
            }
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                rollback(c, e);
                if (!unit.ran && ConnectionFailures.isLostConnection(e)) {
                    throw new NotStarted(e);
                }
                throw e;
            }
            try {
                c.commit();
            } catch (SQLException e) {
                rollback(c, e);
                throw new StoreException("commit failed; the unit of work may not be stored", e);
            }
            committed = true;
            return result;
        } finally {
            units.remove();
            release(c, isolationSet, autoCommitSet, committed);
        }
    }

    /** Gives a unit's connection back as it was taken; failures are logged, never thrown (the unit is decided). */
    private void release(Connection c, boolean isolationSet, boolean autoCommitSet, boolean committed) {
        try {
            if (isolationSet) {
                c.setTransactionIsolation(defaultIsolation);
            }
            if (autoCommitSet) {
                c.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            released("resetting", committed, e);
        } finally {
            try {
                c.close();
            } catch (SQLException | RuntimeException e) {
                released("closing", committed, e);
            }
        }
    }

    /** A connection that failed once its unit was decided: a warning after a commit, else a detail of the failure. */
    private static void released(String what, boolean committed, Exception e) {
        if (committed) {
            LOG.warn("{} a database connection failed after its unit of work was committed; the unit is stored: {}",
                    what, e.toString());
        } else {
            LOG.debug("{} a database connection failed after its unit of work was rolled back: {}", what, e.toString());
        }
    }

    /**
     * Remembers a case row as this thread's unit of work has read or written it, so that a later save of
     * the case in the unit can write only the columns that changed. Outside a unit it does nothing: without
     * the unit's transaction nothing says the row still holds it.
     */
    void remember(CaseSnapshot row) {
        Unit current = units.get();
        if (current != null) {
            if (current.cases == null) {
                current.cases = new HashMap<>(4);
            }
            current.cases.put(row.id(), row);
        }
    }

    /**
     * The row of a case as this thread's unit of work last read or wrote it, or {@code null}. Whether the
     * row still holds it is for the caller to check (a versioned update does).
     */
    CaseSnapshot remembered(String caseId) {
        Unit current = units.get();
        return current == null || current.cases == null ? null : current.cases.get(caseId);
    }

    /** Forgets what this thread's unit of work remembers of a case (its write failed). */
    void forget(String caseId) {
        Unit current = units.get();
        if (current != null && current.cases != null) {
            current.cases.remove(caseId);
        }
    }

    /** Whether a unit of work runs on this thread. */
    boolean inUnit() {
        return units.get() != null;
    }

    /** Runs JDBC work in the unit of work running on this thread, or in a unit of its own. */
    <T> T inTransaction(SqlWork<T> work) throws SQLException {
        Unit current = units.get();
        if (current != null) {
            T result = work.run(current.connection);
            current.ran = true;
            return result;
        }
        try {
            return atomically(() -> {
                try {
                    return inTransaction(work);
                } catch (SQLException e) {
                    throw new Wrapped(e);
                }
            });
        } catch (Wrapped w) {
            throw w.sql;
        }
    }

    /** Carries an {@link SQLException} through {@link #atomically}'s {@code Supplier}. */
    private static final class Wrapped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final SQLException sql;

        Wrapped(SQLException sql) {
            super(sql.getMessage(), sql, false, false);
            this.sql = sql;
        }
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Runs a query in the unit of work running on this thread, or on a connection of its own (once more
     * on a fresh one when the connection failed before the query ran).
     */
    <T> List<T> query(String sql, Params params, RowMapper<T> mapper) {
        Unit current = units.get();
        if (current != null) {
            try {
                List<T> out = query(current.connection, sql, params, mapper);
                current.ran = true;
                return out;
            } catch (SQLException e) {
                throw new StoreException("query failed: " + sql, e);
            }
        }
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                List<T> out = query(c, sql, params, mapper);
                if (!c.getAutoCommit()) {
                    // a pool without auto-commit: end the read's transaction rather than hand it back open
                    c.rollback();
                }
                return out;
            } catch (SQLException e) {
                if (attempt == 1 && ConnectionFailures.isLostConnection(e)) {
                    LOG.warn("a query's database connection failed ({}); running it again on a fresh one", e.toString());
                    continue;
                }
                throw new StoreException("query failed: " + sql, e);
            }
        }
    }

    private static <T> List<T> query(Connection c, String sql, Params params, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            params.set(ps);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        }
    }

    static CustomerData customer(ResultSet rs) throws SQLException {
        return new CustomerData(rs.getString("customer_name"), rs.getString("customer_phone"),
                rs.getString("customer_address"));
    }
}
