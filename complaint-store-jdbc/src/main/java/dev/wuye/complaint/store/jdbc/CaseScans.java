package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads many cases (or their ids) with one query and one streamed cursor, so a periodic job costs one statement over
 * the rows it needs: no keyset page re-runs the query and re-sorts what is left. The connection is held
 * in a read-only transaction (PostgreSQL streams a result only inside one) until the stream is exhausted
 * or closed; rows are fetched {@code fetchSize} at a time, and each is decoded only when consumed.
 */
final class CaseScans {

    private final Jdbc jdbc;
    private final CaseColumns columns;

    CaseScans(Jdbc jdbc, CaseColumns columns) {
        this.jdbc = jdbc;
        this.columns = columns;
    }

    /**
     * The rows of a {@link CaseColumns#SELECT_CASE} query as a lazy stream; the caller closes it.
     *
     * @param sql       the query
     * @param params    its parameters in order
     * @param fetchSize rows per round trip, {@code >= 1}
     * @return the snapshots in the query's order
     */
    Stream<CaseSnapshot> stream(String sql, List<Jdbc.ParamAt> params, int fetchSize) {
        return stream(sql, params, fetchSize, columns::map);
    }

    /**
     * The rows of any query as a lazy stream, each mapped when consumed; the caller closes it.
     *
     * @param sql       the query
     * @param params    its parameters in order
     * @param fetchSize rows per round trip, {@code >= 1}
     * @param mapper    what one row becomes
     * @param <T>       the row's type
     * @return the mapped rows in the query's order
     */
    <T> Stream<T> stream(String sql, List<Jdbc.ParamAt> params, int fetchSize, Jdbc.RowMapper<T> mapper) {
        if (fetchSize < 1) {
            throw new IllegalArgumentException("pageSize must be >= 1, was " + fetchSize);
        }
        Cursor<T> cursor = new Cursor<>(sql, params, fetchSize, mapper);
        return StreamSupport.stream(cursor, false).onClose(cursor::close);
    }

    /** The open statement behind one stream; opened at the first row asked for. */
    private final class Cursor<T> extends Spliterators.AbstractSpliterator<T> {
        private final Jdbc.RowMapper<T> mapper;
        private final String sql;
        private final List<Jdbc.ParamAt> params;
        private final int fetchSize;
        private Connection connection;
        private PreparedStatement statement;
        private ResultSet rows;
        private boolean done;
        private boolean autoCommit;

        Cursor(String sql, List<Jdbc.ParamAt> params, int fetchSize, Jdbc.RowMapper<T> mapper) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.mapper = mapper;
            this.sql = sql;
            this.params = params;
            this.fetchSize = fetchSize;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            if (done) {
                return false;
            }
            T next;
            try {
                if (rows == null) {
                    open();
                }
                if (!rows.next()) {
                    close();
                    return false;
                }
                next = mapper.map(rows);
            } catch (SQLException e) {
                close();
                throw new StoreException("query failed: " + sql, e);
            } catch (RuntimeException e) {
                close();
                throw e;
            }
            action.accept(next);
            return true;
        }

        private void open() throws SQLException {
            connection = jdbc.dataSource().getConnection();
            autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(fetchSize);
            for (int i = 0; i < params.size(); i++) {
                params.get(i).set(statement, i + 1);
            }
            rows = statement.executeQuery();
        }

        void close() {
            if (done) {
                return;
            }
            done = true;
            if (connection == null) {
                return;
            }
            try (Connection c = connection; PreparedStatement ps = statement; ResultSet rs = rows) {
                c.rollback();
                if (autoCommit) {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                // A read-only cursor: nothing was written, so a failure to end it loses nothing; the pool discards a broken connection.
                org.slf4j.LoggerFactory.getLogger(JdbcStorage.class).debug("closing a case scan failed", e);
            }
        }
    }
}
