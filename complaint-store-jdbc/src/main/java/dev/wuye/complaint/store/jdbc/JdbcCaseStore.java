package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CaseStore;
import dev.wuye.complaint.spi.DueCase;
import dev.wuye.complaint.spi.DuplicateIntakeException;
import dev.wuye.complaint.spi.Page;
import dev.wuye.complaint.spi.StaleVersionException;
import dev.wuye.complaint.spi.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * The case store of {@link JdbcStorage}: snapshots with their optimistic version in the case table,
 * audit entries in the audit table, both written in one transaction.
 */
final class JdbcCaseStore implements CaseStore {

    /** Logged under the store's public class name, which hosts configure. */
    private static final Logger LOG = LoggerFactory.getLogger(JdbcStorage.class);
    /** Ids bound in one {@code IN (…)} of {@link #findAllById}: far below every driver's parameter limit. */
    static final int IDS_PER_STATEMENT = 500;

    /** The update statements by change mask, so a change of the same columns reuses one SQL text. */
    private final Map<Long, String> updates = new ConcurrentHashMap<>();
    /** The same for PostgreSQL's update with its audit row ({@link #updateWithAudit}). */
    private final Map<Long, String> updatesWithAudit = new ConcurrentHashMap<>();
    /** How many SQL texts each map keeps: far more than the kinds of change the procedure makes. */
    private static final int UPDATE_TEXTS = 512;

    private final Jdbc jdbc;
    private final Dialect dialect;
    private final CaseColumns columns;
    private final CaseScans scans;

    JdbcCaseStore(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.dialect = jdbc.dialect();
        this.columns = new CaseColumns(jdbc.dialect());
        this.scans = new CaseScans(jdbc, columns);
    }

    @Override
    public Optional<CaseSnapshot> findById(String id) {
        Objects.requireNonNull(id, "id");
        return remembered(jdbc.query(CaseColumns.SELECT_CASE + " WHERE id = ?", ps -> ps.setString(1, id), columns::map));
    }

    /** The one row a lookup found, remembered by the unit of work it was read in. */
    private Optional<CaseSnapshot> remembered(List<CaseSnapshot> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        CaseSnapshot row = rows.get(0);
        jdbc.remember(row);
        return Optional.of(row);
    }

    @Override
    public Optional<CaseSnapshot> findByIdempotencyKey(String key) {
        Objects.requireNonNull(key, "idempotencyKey");
        return remembered(jdbc.query(CaseColumns.SELECT_CASE + " WHERE idempotency_key = ?", ps -> ps.setString(1, key),
                columns::map));
    }

    @Override
    public void save(CaseSnapshot snapshot, long expectedVersion, List<AuditEntry> auditEntries) {
        List<AuditEntry> entries = CaseStore.checkSave(snapshot, expectedVersion, auditEntries);
        try {
            jdbc.inTransaction(c -> {
                if (expectedVersion == 0) {
                    insert(c, snapshot);
                } else if (dialect == Dialect.POSTGRESQL && entries.size() == 1) {
                    updateWithAudit(c, snapshot, expectedVersion, entries.get(0));
                    return null;
                } else {
                    update(c, snapshot, expectedVersion);
                }
                appendAudit(c, entries);
                return null;
            });
        } catch (SQLException | RuntimeException e) {
            jdbc.forget(snapshot.id());
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw failure(snapshot, expectedVersion, (SQLException) e);
        }
        jdbc.remember(snapshot);
        LOG.debug("saved {} v{} with {} audit entries", snapshot.id(), snapshot.version(), entries.size());
    }

    /** What a failed save throws: a duplicate intake, a stale version, or the store's failure. */
    private RuntimeException failure(CaseSnapshot snapshot, long expectedVersion, SQLException e) {
        if (expectedVersion == 0 && Dialect.isUniqueViolation(e)) {
            return new DuplicateIntakeException(snapshot.idempotencyKey());
        }
        if (Dialect.isConflict(e)) {
            if (expectedVersion > 0) {
                return new StaleVersionException(snapshot.id(), expectedVersion, -1);
            }
            // In a unit of work the transaction may be unusable now; the caller reads after it is undone.
            if (jdbc.inUnit() || findById(snapshot.id()).isPresent()
                    || findByIdempotencyKey(snapshot.idempotencyKey()).isPresent()) {
                return new DuplicateIntakeException(snapshot.idempotencyKey());
            }
        }
        return new StoreException("saving complaint " + snapshot.id() + " v" + snapshot.version() + " failed", e);
    }

    private void insert(Connection c, CaseSnapshot s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(CaseColumns.INSERT_CASE)) {
            ps.setString(1, s.id());
            ps.setLong(2, s.version());
            ps.setString(3, s.idempotencyKey());
            columns.bind(ps, 4, s);
            ps.executeUpdate();
        }
    }

    /**
     * The columns an update of {@code s} must write: those that differ from the row this unit of work read
     * or wrote at the expected version, or every column when it has none (the versioned {@code WHERE} makes
     * sure the row still holds what was read: a row changed since has another version and matches nothing).
     */
    private long changedColumns(CaseSnapshot s, long expectedVersion) {
        CaseSnapshot before = jdbc.remembered(s.id());
        if (before == null || before.version() != expectedVersion || !before.idempotencyKey().equals(s.idempotencyKey())) {
            return CaseColumns.EVERY_COLUMN;
        }
        return CaseColumns.changed(before, s);
    }

    private static String sql(Map<Long, String> texts, long changed, LongFunction<String> make) {
        String sql = texts.get(changed);
        if (sql == null) {
            sql = make.apply(changed);
            if (texts.size() < UPDATE_TEXTS) {
                texts.put(changed, sql);
            }
        }
        return sql;
    }

    /**
     * PostgreSQL: the versioned update and its one audit row in one statement, so one round trip — a
     * data-modifying {@code WITH}: the audit row is inserted only when the update matched the version.
     */
    private void updateWithAudit(Connection c, CaseSnapshot s, long expectedVersion, AuditEntry e) throws SQLException {
        long changed = changedColumns(s, expectedVersion);
        int rows;
        try (PreparedStatement ps = c.prepareStatement(sql(updatesWithAudit, changed, JdbcCaseStore::updateWithAudit))) {
            int i = bindUpdate(ps, s, expectedVersion, changed);
            ps.setLong(i++, e.version());
            ps.setInt(i++, 0);
            dialect.setInstant(ps, i++, e.at());
            ps.setString(i++, e.actorId());
            ps.setString(i++, e.actorRoles());
            ps.setString(i++, e.department());
            ps.setString(i++, e.command());
            ps.setString(i++, e.fromState());
            ps.setString(i++, e.toState());
            ps.setString(i, e.detail());
            rows = ps.executeUpdate();
        }
        if (rows != 1) {
            stale(c, s, expectedVersion);
        }
    }

    /** {@link CaseColumns#update} of the changed columns, then the audit row, selected from the updated row. */
    private static String updateWithAudit(long changed) {
        return "WITH updated AS (" + CaseColumns.update(changed) + " RETURNING id) "
                + "INSERT INTO wuye_complaint_audit (complaint_id, version, seq, entry_at, actor_id, actor_roles, "
                + "department, command, from_state, to_state, detail) SELECT updated.id, ?, ?, CAST(? AS TIMESTAMPTZ), ?, ?, ?, "
                + "?, ?, ?, ? FROM updated"; // entry_at cast: an instant is bound as text of no type (Dialect.setInstant)
    }

    /** Binds {@link CaseColumns#update} of the changed columns; returns the next free parameter index. */
    private int bindUpdate(PreparedStatement ps, CaseSnapshot s, long expectedVersion, long changed) throws SQLException {
        ps.setLong(1, s.version());
        int i = columns.bind(ps, 2, s, changed);
        ps.setString(i++, s.id());
        ps.setLong(i++, expectedVersion);
        ps.setString(i++, s.idempotencyKey());
        return i;
    }

    private void update(Connection c, CaseSnapshot s, long expectedVersion) throws SQLException {
        long changed = changedColumns(s, expectedVersion);
        int rows;
        try (PreparedStatement ps = c.prepareStatement(sql(updates, changed, CaseColumns::update))) {
            bindUpdate(ps, s, expectedVersion, changed);
            rows = ps.executeUpdate();
        }
        if (rows != 1) {
            stale(c, s, expectedVersion);
        }
    }

    /** The update matched no row: tells a stale version from a changed idempotency key, and throws. */
    private void stale(Connection c, CaseSnapshot s, long expectedVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT version, idempotency_key FROM wuye_complaint WHERE id = ?")) {
            ps.setString(1, s.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StaleVersionException(s.id(), expectedVersion, -1);
                }
                long actual = rs.getLong(1);
                if (actual == expectedVersion && !s.idempotencyKey().equals(rs.getString(2))) {
                    throw new IllegalArgumentException("the idempotency key of " + s.id() + " cannot change");
                }
                throw new StaleVersionException(s.id(), expectedVersion, actual);
            }
        }
    }

    private void appendAudit(Connection c, List<AuditEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(CaseColumns.INSERT_AUDIT)) {
            int seq = 0;
            for (AuditEntry e : entries) {
                ps.setString(1, e.caseId());
                ps.setLong(2, e.version());
                ps.setInt(3, seq++);
                dialect.setInstant(ps, 4, e.at());
                ps.setString(5, e.actorId());
                ps.setString(6, e.actorRoles());
                ps.setString(7, e.department());
                ps.setString(8, e.command());
                ps.setString(9, e.fromState());
                ps.setString(10, e.toState());
                ps.setString(11, e.detail());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public List<AuditEntry> auditTrail(String caseId) {
        Objects.requireNonNull(caseId, "caseId");
        return jdbc.query("SELECT * FROM wuye_complaint_audit WHERE complaint_id = ? ORDER BY version, seq",
                ps -> ps.setString(1, caseId),
                rs -> new AuditEntry(rs.getString("complaint_id"), rs.getLong("version"),
                        dialect.getInstant(rs, "entry_at"), rs.getString("actor_id"), rs.getString("actor_roles"),
                        rs.getString("department"), rs.getString("command"), rs.getString("from_state"),
                        rs.getString("to_state"), rs.getString("detail")));
    }

    @Override
    public Stream<CaseSnapshot> stream(CaseQuery query, int pageSize) {
        Objects.requireNonNull(query, "query");
        StringBuilder sql = new StringBuilder(CaseColumns.SELECT_CASE + " WHERE 1 = 1");
        List<Jdbc.ParamAt> params = where(query, sql);
        sql.append(" ORDER BY id");
        return scans.stream(sql.toString(), params, pageSize);
    }

    /**
     * {@inheritDoc} One statement without {@code ORDER BY}: the database reads the rows through whichever
     * access path fits the criteria and sorts nothing (an ordered read of a month with a long closed
     * history behind it either walks the primary key over that history or sorts every row of the period).
     */
    @Override
    public Stream<CaseSnapshot> streamUnordered(CaseQuery query, int pageSize) {
        Objects.requireNonNull(query, "query");
        StringBuilder sql = new StringBuilder(CaseColumns.SELECT_CASE + " WHERE 1 = 1");
        List<Jdbc.ParamAt> params = where(query, sql);
        return scans.stream(sql.toString(), params, pageSize);
    }

    @Override
    public Stream<CaseSnapshot> streamDue(Instant asOf, int pageSize) {
        Objects.requireNonNull(asOf, "asOf");
        return scans.stream(CaseColumns.SELECT_CASE
                        + " WHERE closed_at IS NULL AND (next_due_at IS NULL OR next_due_at <= ?)",
                List.of((ps, i) -> dialect.setInstant(ps, i, asOf)), pageSize);
    }

    /**
     * {@inheritDoc} From the due index alone: it covers the version ({@code V5__due_index_covers_version.sql}).
     */
    @Override
    public Stream<DueCase> streamDueIds(Instant asOf, int pageSize) {
        Objects.requireNonNull(asOf, "asOf");
        return scans.stream("SELECT id, version FROM wuye_complaint"
                        + " WHERE closed_at IS NULL AND (next_due_at IS NULL OR next_due_at <= ?)",
                List.of((ps, i) -> dialect.setInstant(ps, i, asOf)), pageSize,
                rs -> new DueCase(rs.getString(1), rs.getLong(2)));
    }

    /** {@inheritDoc} One statement per {@value #IDS_PER_STATEMENT} ids ({@code WHERE id IN (…)}). */
    @Override
    public List<CaseSnapshot> findAllById(Collection<String> ids) {
        Objects.requireNonNull(ids, "ids");
        List<String> all = List.copyOf(ids);
        List<CaseSnapshot> found = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += IDS_PER_STATEMENT) {
            List<String> part = all.subList(from, Math.min(all.size(), from + IDS_PER_STATEMENT));
            String sql = CaseColumns.SELECT_CASE + " WHERE id IN (" + "?, ".repeat(part.size() - 1) + "?)";
            found.addAll(jdbc.query(sql, ps -> {
                for (int i = 0; i < part.size(); i++) {
                    ps.setString(i + 1, part.get(i));
                }
            }, columns::map));
        }
        return found;
    }

    /** Appends a query's criteria to {@code sql} and returns their parameters in order. */
    private List<Jdbc.ParamAt> where(CaseQuery q, StringBuilder sql) {
        List<Jdbc.ParamAt> params = new ArrayList<>();
        if (q.department() != null) {
            sql.append(" AND department = ?");
            params.add((ps, i) -> ps.setString(i, q.department()));
        }
        if (q.acceptedFrom() != null) {
            sql.append(" AND acceptance_date >= ?");
            params.add((ps, i) -> ps.setObject(i, q.acceptedFrom()));
        }
        if (q.acceptedBefore() != null) {
            sql.append(" AND acceptance_date < ?");
            params.add((ps, i) -> ps.setObject(i, q.acceptedBefore()));
        }
        if (q.activeSince() != null) {
            sql.append(" AND (closed_at IS NULL OR closed_at >= ?)");
            params.add((ps, i) -> dialect.setInstant(ps, i, q.activeSince()));
        }
        if (q.openOnly()) {
            sql.append(" AND closed_at IS NULL");
        }
        return params;
    }

    @Override
    public Page<CaseSnapshot> find(CaseQuery q, String cursor, int limit) {
        Objects.requireNonNull(q, "query");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        StringBuilder sql = new StringBuilder(CaseColumns.SELECT_CASE + " WHERE 1 = 1");
        List<Jdbc.ParamAt> params = where(q, sql);
        if (cursor != null) {
            sql.append(" AND id > ?");
            params.add((ps, i) -> ps.setString(i, cursor));
        }
        sql.append(" ORDER BY id LIMIT ?");
        params.add((ps, i) -> ps.setInt(i, limit + 1));
        List<CaseSnapshot> rows = jdbc.query(sql.toString(), ps -> {
            for (int i = 0; i < params.size(); i++) {
                params.get(i).set(ps, i + 1);
            }
        }, columns::map);
        if (rows.size() > limit) {
            List<CaseSnapshot> items = rows.subList(0, limit);
            return new Page<>(items, items.get(limit - 1).id());
        }
        return new Page<>(rows, null);
    }

    /**
     * {@inheritDoc} One statement like {@link #streamUnordered}'s over {@link StatisticsColumns}' columns only: the
     * customer's data, the summary, the notes and the reply text stay in the database, and the list columns'
     * texts are passed over unread. The rows are fetched and decoded ahead, on a thread of the stream's own
     * ({@link ReadAhead}), while the caller counts the rows before them.
     */
    @Override
    public Stream<CaseSnapshot> streamForStatistics(CaseQuery query, int pageSize) {
        Objects.requireNonNull(query, "query");
        StringBuilder sql = new StringBuilder(StatisticsColumns.SELECT + " WHERE 1 = 1");
        List<Jdbc.ParamAt> params = where(query, sql);
        return ReadAhead.of(scans.stream(sql.toString(), params, pageSize, new StatisticsColumns(dialect)::map),
                "wuye-statistics-read");
    }
}
