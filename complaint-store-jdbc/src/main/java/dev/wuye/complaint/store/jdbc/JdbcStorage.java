package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.ActivityEntry;
import dev.wuye.complaint.spi.ArchiveStore;
import dev.wuye.complaint.spi.CaseStore;
import dev.wuye.complaint.spi.DuplicateIntakeException;
import dev.wuye.complaint.spi.DutyLogEntry;
import dev.wuye.complaint.spi.RecordLog;
import dev.wuye.complaint.spi.ReportSubmission;
import dev.wuye.complaint.spi.ReviewRecord;
import dev.wuye.complaint.spi.StaleVersionException;
import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.spi.StoreException;
import dev.wuye.complaint.spi.VisitRecord;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A {@link Storage} over plain JDBC on a host's {@link DataSource}; passes the persistence TCK on H2,
 * PostgreSQL and MariaDB. The tables come from the Flyway migrations of the database's dialect
 * ({@code dev/wuye/complaint/store/jdbc/migration/h2|postgresql|mariadb}, see
 * {@link JdbcStorages#migrate(DataSource)}).
 *
 * <p>Every write joins the unit of work running on its thread ({@link #atomically}), or is a unit of
 * its own. A save is one transaction: the version check and the write are one {@code UPDATE … WHERE id = ?
 * AND version = ?} (no row → {@link StaleVersionException}), a new case is one {@code INSERT} whose
 * unique id and idempotency key turn a second intake into {@link DuplicateIntakeException}, then the
 * audit rows, then commit; any failure rolls everything back. Instants are stored in UTC with
 * microseconds; the lists of a case are JSON text columns (see the migration for why).
 *
 * <p>Thread-safe: it holds no state but the data source. Several hosts may share one database.
 */
public final class JdbcStorage implements Storage {

    private final DataSource dataSource;
    private final Dialect dialect;
    private final ZoneId zone;
    private final Jdbc jdbc;
    private final JdbcCaseStore cases;
    private final JdbcRecordLog<VisitRecord> visits;
    private final JdbcRecordLog<DutyLogEntry> dutyLog;
    private final JdbcRecordLog<ReviewRecord> reviews;
    private final JdbcRecordLog<ReportSubmission> submissions;
    private final JdbcRecordLog<ActivityEntry> activity;
    private final JdbcArchiveStore archives;

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
        int isolation;
        try (Connection c = dataSource.getConnection()) {
            this.dialect = Dialect.of(c);
            isolation = c.getTransactionIsolation();
        } catch (SQLException e) {
            throw new StoreException("cannot open a connection to detect the database", e);
        }
        jdbc = new Jdbc(dataSource, dialect, isolation);
        cases = new JdbcCaseStore(jdbc);
        archives = new JdbcArchiveStore(jdbc);
        visits = new JdbcRecordLog<>(jdbc, zone, "wuye_visit", "visit_date", false,
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
                        rs.getObject("visit_date", LocalDate.class), Jdbc.customer(rs), rs.getString("notes"),
                        ListColumns.strings(rs.getString("opinion_ids")), rs.getString("checked_by")));
        dutyLog = new JdbcRecordLog<>(jdbc, zone, "wuye_duty_log", "entry_at", true,
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
        reviews = new JdbcRecordLog<>(jdbc, zone, "wuye_review", "period_start", false,
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
        submissions = new JdbcRecordLog<>(jdbc, zone, "wuye_report_submission", "submitted_at", true,
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
        activity = new JdbcRecordLog<>(jdbc, zone, "wuye_activity", "entry_at", true,
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
        return cases;
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

    /**
     * {@inheritDoc}
     *
     * <p>Here: one connection and one transaction at READ COMMITTED for the whole unit, which every read
     * and write of this storage on the calling thread uses. The isolation level is set only when the data
     * source's connections do not already come with READ COMMITTED (as {@link JdbcPools#pool} configures
     * them): then it costs two more round trips per unit. A unit whose connection failed before any
     * statement ran (a pooled connection the server had closed) is run once more on a fresh connection.
     * Once committed, failures to reset or close the connection are logged, not thrown.
     */
    @Override
    public <T> T atomically(Supplier<T> work) {
        return jdbc.atomically(work);
    }
}
