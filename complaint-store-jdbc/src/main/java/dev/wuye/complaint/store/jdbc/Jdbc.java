package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.StoreException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The JDBC plumbing the store's parts share: the data source, its dialect, transactions and queries. */
final class Jdbc {

    private final DataSource dataSource;
    private final Dialect dialect;

    Jdbc(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
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

    /** Runs work in one transaction at READ COMMITTED; rolls back on any exception and rethrows it. */
    <T> T inTransaction(SqlWork<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    <T> List<T> query(String sql, Params params, RowMapper<T> mapper) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            params.set(ps);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("query failed: " + sql, e);
        }
    }

    static CustomerData customer(ResultSet rs) throws SQLException {
        return new CustomerData(rs.getString("customer_name"), rs.getString("customer_phone"),
                rs.getString("customer_address"));
    }
}
