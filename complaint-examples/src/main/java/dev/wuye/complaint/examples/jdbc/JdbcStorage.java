package dev.wuye.complaint.examples.jdbc;

import dev.wuye.complaint.spi.ArchiveBatch;
import dev.wuye.complaint.spi.ArchiveStore;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CaseStore;
import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.DuplicateIntakeException;
import dev.wuye.complaint.spi.ActivityEntry;
import dev.wuye.complaint.spi.DutyLogEntry;
import dev.wuye.complaint.spi.Page;
import dev.wuye.complaint.spi.RecordLog;
import dev.wuye.complaint.spi.ReportSubmission;
import dev.wuye.complaint.spi.ReviewRecord;
import dev.wuye.complaint.spi.StaleVersionException;
import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.spi.StoreException;
import dev.wuye.complaint.spi.VisitRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Storage} over plain JDBC on a host's {@link DataSource}; passes the persistence TCK on H2,
 * PostgreSQL and MariaDB. The tables come from the Flyway migrations of the database's dialect
 * ({@code db/migration/h2|postgresql|mariadb}, see {@link JdbcStorages#migrate(DataSource)}).
 *
 * <p>A save is one transaction: the version check and the write are one {@code UPDATE … WHERE id = ?
 * AND version = ?} (no row → {@link StaleVersionException}), a new case is one {@code INSERT} whose
 * unique id and idempotency key turn a second intake into {@link DuplicateIntakeException}, then the
 * audit rows, then commit; any failure rolls everything back. Instants are stored in UTC with
 * microseconds; the lists of a case are JSON text columns (see the migration for why).
 *
 * <p>Thread-safe: it holds no state but the data source. Several hosts may share one database.
 */
public final class JdbcStorage implements Storage {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStorage.class);

    private final DataSource dataSource;
    private final Dialect dialect;
    private final ZoneId zone;
    private final Complaints complaints = new Complaints();
    private final Log<VisitRecord> visits;
    private final Log<DutyLogEntry> dutyLog;
    private final Log<ReviewRecord> reviews;
    private final Log<ReportSubmission> submissions;
    private final Log<ActivityEntry> activity;
    private final Archives archives = new Archives();

    /**
     * A store whose record dates are taken in Asia/Shanghai.
     *
     * @param dataSource a data source on a migrated schema
     */
    public JdbcStorage(DataSource dataSource) {
        this(dataSource, ZoneId.of("Asia/Shanghai"));
    }

    /**
     * @param dataSource a data source on a migrated schema
     * @param zone       the zone record instants are turned into dates in
     */
    public JdbcStorage(DataSource dataSource, ZoneId zone) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.zone = Objects.requireNonNull(zone, "zone");
        try (Connection c = dataSource.getConnection()) {
            this.dialect = Dialect.of(c);
        } catch (SQLException e) {
            throw new StoreException("cannot open a connection to detect the database", e);
        }
        visits = new Log<>("wuye_visit", "visit_date", false,
                "id, staff_id, department, visit_date, customer_name, customer_phone, customer_address, notes, "
                        + "opinion_ids, checked_by",
                VisitRecord::id,
                (ps, r) -> {
                    ps.setString(1, r.id());
                    ps.setString(2, r.staffId());
                    ps.setString(3, r.department());
                    ps.setObject(4, r.date());
                    ps.setString(5, r.customer().name());
                    ps.setString(6, r.customer().phone());
                    ps.setString(7, r.customer().address());
                    ps.setString(8, r.notes());
                    ps.setString(9, ListColumns.strings(r.opinionIds()));
                    ps.setString(10, r.checkedBy());
                },
                rs -> new VisitRecord(rs.getString("id"), rs.getString("staff_id"), rs.getString("department"),
                        rs.getObject("visit_date", LocalDate.class), customer(rs), rs.getString("notes"),
                        ListColumns.strings(rs.getString("opinion_ids")), rs.getString("checked_by")));
        dutyLog = new Log<>("wuye_duty_log", "entry_at", true,
                "id, department, duty_officer_id, entry_at, kind, complaint_id, entry_text",
                DutyLogEntry::id,
                (ps, r) -> {
                    ps.setString(1, r.id());
                    ps.setString(2, r.department());
                    ps.setString(3, r.dutyOfficerId());
                    dialect.setInstant(ps, 4, r.at());
                    ps.setString(5, r.kind());
                    ps.setString(6, r.caseId());
                    ps.setString(7, r.text());
                },
                rs -> new DutyLogEntry(rs.getString("id"), rs.getString("department"), rs.getString("duty_officer_id"),
                        dialect.getInstant(rs, "entry_at"), rs.getString("kind"), rs.getString("complaint_id"),
                        rs.getString("entry_text")));
        reviews = new Log<>("wuye_review", "period_start", false,
                "id, department, reviewer_id, kind, period_start, reviewed_at, items_reviewed, remarks",
                ReviewRecord::id,
                (ps, r) -> {
                    ps.setString(1, r.id());
                    ps.setString(2, r.department());
                    ps.setString(3, r.reviewerId());
                    ps.setString(4, r.kind());
                    ps.setObject(5, r.periodStart());
                    dialect.setInstant(ps, 6, r.at());
                    ps.setInt(7, r.itemsReviewed());
                    ps.setString(8, r.remarks());
                },
                rs -> new ReviewRecord(rs.getString("id"), rs.getString("department"), rs.getString("reviewer_id"),
                        rs.getString("kind"), rs.getObject("period_start", LocalDate.class),
                        dialect.getInstant(rs, "reviewed_at"), rs.getInt("items_reviewed"), rs.getString("remarks")));
        submissions = new Log<>("wuye_report_submission", "submitted_at", true,
                "id, department, period_code, kind, summary, signed_by, submitted_at",
                ReportSubmission::id,
                (ps, r) -> {
                    ps.setString(1, r.id());
                    ps.setString(2, r.department());
                    ps.setString(3, r.period());
                    ps.setString(4, r.kind());
                    ps.setString(5, r.summary());
                    ps.setString(6, r.signedBy());
                    dialect.setInstant(ps, 7, r.submittedAt());
                },
                rs -> new ReportSubmission(rs.getString("id"), rs.getString("department"), rs.getString("period_code"),
                        rs.getString("kind"), rs.getString("summary"), rs.getString("signed_by"),
                        dialect.getInstant(rs, "submitted_at")));
        activity = activityLog();
    }

    /** The activity log's table (migration V2). */
    private Log<ActivityEntry> activityLog() {
        return new Log<>("wuye_activity", "entry_at", true,
                "id, department, entry_at, actor_staff_id, actor_roles, actor_department, command, subject, detail",
                ActivityEntry::id,
                (ps, r) -> {
                    ps.setString(1, r.id());
                    ps.setString(2, r.department());
                    dialect.setInstant(ps, 3, r.at());
                    ps.setString(4, r.actorStaffId());
                    ps.setString(5, r.actorRoles());
                    ps.setString(6, r.actorDepartment());
                    ps.setString(7, r.command());
                    ps.setString(8, r.subject());
                    ps.setString(9, r.detail());
                },
                rs -> new ActivityEntry(rs.getString("id"), rs.getString("department"),
                        dialect.getInstant(rs, "entry_at"), rs.getString("actor_staff_id"),
                        rs.getString("actor_roles"), rs.getString("actor_department"), rs.getString("command"),
                        rs.getString("subject"), rs.getString("detail")));
    }

    @Override
    public CaseStore cases() {
        return complaints;
    }

    @Override
    public RecordLog<VisitRecord> visits() {
        return visits;
    }

    @Override
    public RecordLog<DutyLogEntry> dutyLog() {
        return dutyLog;
    }

    @Override
    public RecordLog<ReviewRecord> reviews() {
        return reviews;
    }

    @Override
    public RecordLog<ReportSubmission> submissions() {
        return submissions;
    }

    @Override
    public RecordLog<ActivityEntry> activity() {
        return activity;
    }

    @Override
    public ArchiveStore archives() {
        return archives;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    // ------------------------------------------------------------------ plumbing

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement ps, T value) throws SQLException;
    }

    @FunctionalInterface
    private interface Params {
        void set(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface ParamAt {
        void set(PreparedStatement ps, int index) throws SQLException;
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Runs work in one transaction at READ COMMITTED; rolls back on any exception and rethrows it. */
    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
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

    private <T> List<T> query(String sql, Params params, RowMapper<T> mapper) {
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

    private static CustomerData customer(ResultSet rs) throws SQLException {
        return new CustomerData(rs.getString("customer_name"), rs.getString("customer_phone"),
                rs.getString("customer_address"));
    }

    // ------------------------------------------------------------------ cases

    /** The snapshot columns after id, version and key, in binding order. */
    private static final String[] CASE_COLUMNS = {
            "record_number", "state", "opinion_type", "validity", "validity_ground", "category", "major",
            "secondary_complaint", "corrective_action", "channel", "visit_id", "customer_name", "customer_phone",
            "customer_address", "content_summary", "recorded_by", "receiver_id", "department", "accepting_level",
            "received_at", "acceptance_date", "duty_registration", "handed_over_at", "agreed_reply_by",
            "agreed_reply_method", "follow_up_channel", "escalation_level", "co_handling_departments", "cycles",
            "notes", "follow_ups", "online_reply_text", "online_reply_approved_by", "online_reply_posted_at",
            "invalid_confirmed_by", "closure", "closed_at", "archive_batch_id", "archived_at", "last_modified_at"};

    private static final String INSERT_CASE = "INSERT INTO wuye_complaint (id, version, idempotency_key, "
            + String.join(", ", CASE_COLUMNS) + ") VALUES (?, ?, ?" + ", ?".repeat(CASE_COLUMNS.length) + ")";

    private static final String UPDATE_CASE = "UPDATE wuye_complaint SET version = ?, "
            + String.join(" = ?, ", CASE_COLUMNS) + " = ? WHERE id = ? AND version = ? AND idempotency_key = ?";

    private static final String INSERT_AUDIT = "INSERT INTO wuye_complaint_audit (complaint_id, version, seq, "
            + "entry_at, actor_id, actor_roles, department, command, from_state, to_state, detail) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Binds {@link #CASE_COLUMNS} from parameter {@code i}; returns the next free parameter index. */
    private int bindCase(PreparedStatement ps, int i, CaseSnapshot s) throws SQLException {
        ps.setString(i++, s.recordNumber());
        ps.setString(i++, s.state());
        ps.setString(i++, s.type());
        ps.setString(i++, s.validity());
        ps.setString(i++, s.validityGround());
        ps.setString(i++, s.category());
        ps.setBoolean(i++, s.major());
        ps.setBoolean(i++, s.secondaryComplaint());
        ps.setBoolean(i++, s.correctiveAction());
        ps.setString(i++, s.channel());
        ps.setString(i++, s.visitId());
        ps.setString(i++, s.customer().name());
        ps.setString(i++, s.customer().phone());
        ps.setString(i++, s.customer().address());
        ps.setString(i++, s.contentSummary());
        ps.setString(i++, s.recordedBy());
        ps.setString(i++, s.receiverId());
        ps.setString(i++, s.department());
        ps.setString(i++, s.acceptingLevel());
        dialect.setInstant(ps, i++, s.receivedAt());
        ps.setObject(i++, s.acceptanceDate());
        ps.setBoolean(i++, s.dutyRegistration());
        dialect.setInstant(ps, i++, s.handedOverAt());
        dialect.setInstant(ps, i++, s.agreedReplyBy());
        ps.setString(i++, s.agreedReplyMethod());
        ps.setString(i++, s.followUpChannel());
        ps.setString(i++, s.escalationLevel());
        ps.setString(i++, ListColumns.strings(s.coHandlingDepartments()));
        ps.setString(i++, ListColumns.cycles(s.cycles()));
        ps.setString(i++, ListColumns.notes(s.notes()));
        ps.setString(i++, ListColumns.followUps(s.followUps()));
        ps.setString(i++, s.onlineReplyText());
        ps.setString(i++, s.onlineReplyApprovedBy());
        dialect.setInstant(ps, i++, s.onlineReplyPostedAt());
        ps.setString(i++, s.invalidConfirmedBy());
        ps.setString(i++, s.closure());
        dialect.setInstant(ps, i++, s.closedAt());
        ps.setString(i++, s.archiveBatchId());
        dialect.setInstant(ps, i++, s.archivedAt());
        dialect.setInstant(ps, i++, s.lastModifiedAt());
        return i;
    }

    private CaseSnapshot mapCase(ResultSet rs) throws SQLException {
        return CaseSnapshot.builder()
                .id(rs.getString("id"))
                .version(rs.getLong("version"))
                .idempotencyKey(rs.getString("idempotency_key"))
                .recordNumber(rs.getString("record_number"))
                .state(rs.getString("state"))
                .type(rs.getString("opinion_type"))
                .validity(rs.getString("validity"))
                .validityGround(rs.getString("validity_ground"))
                .category(rs.getString("category"))
                .major(rs.getBoolean("major"))
                .secondaryComplaint(rs.getBoolean("secondary_complaint"))
                .correctiveAction(rs.getBoolean("corrective_action"))
                .channel(rs.getString("channel"))
                .visitId(rs.getString("visit_id"))
                .customer(customer(rs))
                .contentSummary(rs.getString("content_summary"))
                .recordedBy(rs.getString("recorded_by"))
                .receiverId(rs.getString("receiver_id"))
                .department(rs.getString("department"))
                .acceptingLevel(rs.getString("accepting_level"))
                .receivedAt(dialect.getInstant(rs, "received_at"))
                .acceptanceDate(rs.getObject("acceptance_date", LocalDate.class))
                .dutyRegistration(rs.getBoolean("duty_registration"))
                .handedOverAt(dialect.getInstant(rs, "handed_over_at"))
                .agreedReplyBy(dialect.getInstant(rs, "agreed_reply_by"))
                .agreedReplyMethod(rs.getString("agreed_reply_method"))
                .followUpChannel(rs.getString("follow_up_channel"))
                .escalationLevel(rs.getString("escalation_level"))
                .coHandlingDepartments(ListColumns.strings(rs.getString("co_handling_departments")))
                .cycles(ListColumns.cycles(rs.getString("cycles")))
                .notes(ListColumns.notes(rs.getString("notes")))
                .followUps(ListColumns.followUps(rs.getString("follow_ups")))
                .onlineReplyText(rs.getString("online_reply_text"))
                .onlineReplyApprovedBy(rs.getString("online_reply_approved_by"))
                .onlineReplyPostedAt(dialect.getInstant(rs, "online_reply_posted_at"))
                .invalidConfirmedBy(rs.getString("invalid_confirmed_by"))
                .closure(rs.getString("closure"))
                .closedAt(dialect.getInstant(rs, "closed_at"))
                .archiveBatchId(rs.getString("archive_batch_id"))
                .archivedAt(dialect.getInstant(rs, "archived_at"))
                .lastModifiedAt(dialect.getInstant(rs, "last_modified_at"))
                .build();
    }

    private final class Complaints implements CaseStore {

        @Override
        public Optional<CaseSnapshot> findById(String id) {
            Objects.requireNonNull(id, "id");
            return query("SELECT * FROM wuye_complaint WHERE id = ?", ps -> ps.setString(1, id), JdbcStorage.this::mapCase)
                    .stream().findFirst();
        }

        @Override
        public Optional<CaseSnapshot> findByIdempotencyKey(String key) {
            Objects.requireNonNull(key, "idempotencyKey");
            return query("SELECT * FROM wuye_complaint WHERE idempotency_key = ?", ps -> ps.setString(1, key),
                    JdbcStorage.this::mapCase).stream().findFirst();
        }

        @Override
        public void save(CaseSnapshot snapshot, long expectedVersion, List<AuditEntry> auditEntries) {
            List<AuditEntry> entries = CaseStore.checkSave(snapshot, expectedVersion, auditEntries);
            try {
                inTransaction(c -> {
                    if (expectedVersion == 0) {
                        insert(c, snapshot);
                    } else {
                        update(c, snapshot, expectedVersion);
                    }
                    appendAudit(c, entries);
                    return null;
                });
            } catch (SQLException e) {
                if (expectedVersion == 0 && Dialect.isUniqueViolation(e)) {
                    throw new DuplicateIntakeException(snapshot.idempotencyKey());
                }
                if (Dialect.isConflict(e)) {
                    if (expectedVersion > 0) {
                        throw new StaleVersionException(snapshot.id(), expectedVersion, -1);
                    }
                    if (findById(snapshot.id()).isPresent() || findByIdempotencyKey(snapshot.idempotencyKey()).isPresent()) {
                        throw new DuplicateIntakeException(snapshot.idempotencyKey());
                    }
                }
                throw new StoreException("saving complaint " + snapshot.id() + " v" + snapshot.version() + " failed", e);
            }
            LOG.debug("saved {} v{} with {} audit entries", snapshot.id(), snapshot.version(), entries.size());
        }

        private void insert(Connection c, CaseSnapshot s) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(INSERT_CASE)) {
                ps.setString(1, s.id());
                ps.setLong(2, s.version());
                ps.setString(3, s.idempotencyKey());
                bindCase(ps, 4, s);
                ps.executeUpdate();
            }
        }

        private void update(Connection c, CaseSnapshot s, long expectedVersion) throws SQLException {
            int rows;
            try (PreparedStatement ps = c.prepareStatement(UPDATE_CASE)) {
                ps.setLong(1, s.version());
                int i = bindCase(ps, 2, s);
                ps.setString(i++, s.id());
                ps.setLong(i++, expectedVersion);
                ps.setString(i, s.idempotencyKey());
                rows = ps.executeUpdate();
            }
            if (rows == 1) {
                return;
            }
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
            try (PreparedStatement ps = c.prepareStatement(INSERT_AUDIT)) {
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
            return query("SELECT * FROM wuye_complaint_audit WHERE complaint_id = ? ORDER BY version, seq",
                    ps -> ps.setString(1, caseId),
                    rs -> new AuditEntry(rs.getString("complaint_id"), rs.getLong("version"),
                            dialect.getInstant(rs, "entry_at"), rs.getString("actor_id"), rs.getString("actor_roles"),
                            rs.getString("department"), rs.getString("command"), rs.getString("from_state"),
                            rs.getString("to_state"), rs.getString("detail")));
        }

        @Override
        public Page<CaseSnapshot> find(CaseQuery q, String cursor, int limit) {
            Objects.requireNonNull(q, "query");
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be >= 1, was " + limit);
            }
            StringBuilder sql = new StringBuilder("SELECT * FROM wuye_complaint WHERE 1 = 1");
            List<ParamAt> params = new ArrayList<>();
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
            if (cursor != null) {
                sql.append(" AND id > ?");
                params.add((ps, i) -> ps.setString(i, cursor));
            }
            sql.append(" ORDER BY id LIMIT ?");
            params.add((ps, i) -> ps.setInt(i, limit + 1));
            List<CaseSnapshot> rows = query(sql.toString(), ps -> {
                for (int i = 0; i < params.size(); i++) {
                    params.get(i).set(ps, i + 1);
                }
            }, JdbcStorage.this::mapCase);
            if (rows.size() > limit) {
                List<CaseSnapshot> items = rows.subList(0, limit);
                return new Page<>(items, items.get(limit - 1).id());
            }
            return new Page<>(rows, null);
        }
    }

    // ------------------------------------------------------------------ record logs

    /** One append-only log table; dated by a DATE column or by an instant column turned into dates in {@link #zone}. */
    private final class Log<R> implements RecordLog<R> {
        private final String table;
        private final String dateColumn;
        private final boolean instantDated;
        private final String insert;
        private final java.util.function.Function<R, String> id;
        private final Binder<R> binder;
        private final RowMapper<R> mapper;

        Log(String table, String dateColumn, boolean instantDated, String columns,
            java.util.function.Function<R, String> id, Binder<R> binder, RowMapper<R> mapper) {
            this.table = table;
            this.dateColumn = dateColumn;
            this.instantDated = instantDated;
            this.insert = "INSERT INTO " + table + " (" + columns + ") VALUES (?"
                    + ", ?".repeat(columns.split(",").length - 1) + ")";
            this.id = id;
            this.binder = binder;
            this.mapper = mapper;
        }

        @Override
        public boolean append(R record) {
            Objects.requireNonNull(record, "record");
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(insert)) {
                binder.bind(ps, record);
                ps.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (Dialect.isUniqueViolation(e)) {
                    return false;
                }
                throw new StoreException("appending " + id.apply(record) + " to " + table + " failed", e);
            }
        }

        @Override
        public Optional<R> findById(String recordId) {
            Objects.requireNonNull(recordId, "id");
            return query("SELECT * FROM " + table + " WHERE id = ?", ps -> ps.setString(1, recordId), mapper)
                    .stream().findFirst();
        }

        @Override
        public List<R> find(String department, LocalDate from, LocalDate toExclusive) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(toExclusive, "toExclusive");
            if (!from.isBefore(toExclusive)) {
                return List.of();
            }
            String sql = "SELECT * FROM " + table + " WHERE " + dateColumn + " >= ? AND " + dateColumn + " < ?"
                    + (department == null ? "" : " AND department = ?") + " ORDER BY " + dateColumn + ", id";
            return query(sql, ps -> {
                if (instantDated) {
                    dialect.setInstant(ps, 1, from.atStartOfDay(zone).toInstant());
                    dialect.setInstant(ps, 2, toExclusive.atStartOfDay(zone).toInstant());
                } else {
                    ps.setObject(1, from);
                    ps.setObject(2, toExclusive);
                }
                if (department != null) {
                    ps.setString(3, department);
                }
            }, mapper);
        }
    }

    // ------------------------------------------------------------------ archive batches

    private final class Archives implements ArchiveStore {

        private ArchiveBatch map(ResultSet rs) throws SQLException {
            return new ArchiveBatch(rs.getString("id"), rs.getString("department"), rs.getString("period_code"),
                    rs.getString("kind"), rs.getString("archived_by"), dialect.getInstant(rs, "created_at"),
                    ListColumns.strings(rs.getString("complaint_ids")), rs.getString("manifest_sha256"));
        }

        @Override
        public ArchiveBatch saveIfAbsent(ArchiveBatch batch) {
            Objects.requireNonNull(batch, "batch");
            String sql = "INSERT INTO wuye_archive_batch (id, department, period_code, kind, archived_by, created_at, "
                    + "complaint_ids, manifest_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, batch.id());
                ps.setString(2, batch.department());
                ps.setString(3, batch.period());
                ps.setString(4, batch.kind());
                ps.setString(5, batch.archivedBy());
                dialect.setInstant(ps, 6, batch.createdAt());
                ps.setString(7, ListColumns.strings(batch.caseIds()));
                ps.setString(8, batch.manifestSha256());
                ps.executeUpdate();
                return batch;
            } catch (SQLException e) {
                if (Dialect.isUniqueViolation(e) || Dialect.isConflict(e)) {
                    return find(batch.department(), batch.period(), batch.kind()).orElseThrow(() -> new StoreException(
                            "archive batch id " + batch.id() + " is taken by another batch", e));
                }
                throw new StoreException("storing archive batch " + batch.id() + " failed", e);
            }
        }

        @Override
        public Optional<ArchiveBatch> find(String department, String period, String kind) {
            return query("SELECT * FROM wuye_archive_batch WHERE department = ? AND period_code = ? AND kind = ?",
                    ps -> {
                        ps.setString(1, department);
                        ps.setString(2, period);
                        ps.setString(3, kind);
                    }, this::map).stream().findFirst();
        }

        @Override
        public List<ArchiveBatch> findAll(String department) {
            String where = department == null ? "" : " WHERE department = ?";
            return query("SELECT * FROM wuye_archive_batch" + where + " ORDER BY period_code, kind, department",
                    ps -> {
                        if (department != null) {
                            ps.setString(1, department);
                        }
                    }, this::map);
        }
    }
}
