package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.HandlingCycle;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The columns of the case table: the SQL that writes them, and a snapshot bound to and read from them. An
 * update may write only the columns whose values changed ({@link #changed}, {@link #update}).
 */
final class CaseColumns {

    private final Dialect dialect;

    CaseColumns(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * One column of the case table after id, version and key: its name, how a snapshot's value is bound
     * to it, and whether two snapshots hold different values in it.
     */
    private interface Column {
        String name();

        void bind(Dialect dialect, PreparedStatement ps, int index, CaseSnapshot s) throws SQLException;

        boolean differs(CaseSnapshot a, CaseSnapshot b);
    }

    /** Binds one value of a column. */
    @FunctionalInterface
    private interface Binder<T> {
        void bind(Dialect dialect, PreparedStatement ps, int index, T value) throws SQLException;
    }

    /** A column of one value (text, instant, date), compared with {@code equals}. */
    private record Value<T>(String name, Function<CaseSnapshot, T> value, Binder<T> binder) implements Column {
        @Override
        public void bind(Dialect dialect, PreparedStatement ps, int index, CaseSnapshot s) throws SQLException {
            binder.bind(dialect, ps, index, value.apply(s));
        }

        @Override
        public boolean differs(CaseSnapshot a, CaseSnapshot b) {
            return !Objects.equals(value.apply(a), value.apply(b));
        }
    }

    private static Column text(String name, Function<CaseSnapshot, String> value) {
        return new Value<>(name, value, (d, ps, i, v) -> ps.setString(i, v));
    }

    private static Column at(String name, Function<CaseSnapshot, Instant> value) {
        return new Value<>(name, value, Dialect::setInstant);
    }

    private static Column day(String name, Function<CaseSnapshot, LocalDate> value) {
        return new Value<>(name, value, (d, ps, i, v) -> ps.setObject(i, v));
    }

    private record Flag(String name, Predicate<CaseSnapshot> value) implements Column {
        @Override
        public void bind(Dialect dialect, PreparedStatement ps, int index, CaseSnapshot s) throws SQLException {
            ps.setBoolean(index, value.test(s));
        }

        @Override
        public boolean differs(CaseSnapshot a, CaseSnapshot b) {
            return value.test(a) != value.test(b);
        }
    }

    /** A list column: written as JSON by {@link ListColumns}; lists of records compare by value. */
    private record Json<T>(String name, Function<CaseSnapshot, List<T>> value, Function<List<T>, String> json)
            implements Column {
        @Override
        public void bind(Dialect dialect, PreparedStatement ps, int index, CaseSnapshot s) throws SQLException {
            ps.setString(index, json.apply(value.apply(s)));
        }

        @Override
        public boolean differs(CaseSnapshot a, CaseSnapshot b) {
            return !value.apply(a).equals(value.apply(b));
        }
    }

    /**
     * The cycle digest ({@link CycleDigests}): written when a cycle's number, assignment or completion
     * changes, not when only its texts do.
     */
    private record CycleDigest() implements Column {
        @Override
        public String name() {
            return "cycle_digest";
        }

        @Override
        public void bind(Dialect dialect, PreparedStatement ps, int index, CaseSnapshot s) throws SQLException {
            ps.setString(index, CycleDigests.write(s.cycles()));
        }

        @Override
        public boolean differs(CaseSnapshot a, CaseSnapshot b) {
            List<HandlingCycle> x = a.cycles();
            List<HandlingCycle> y = b.cycles();
            if (x.size() != y.size()) {
                return true;
            }
            for (int i = 0; i < x.size(); i++) {
                HandlingCycle p = x.get(i);
                HandlingCycle q = y.get(i);
                if (p.number() != q.number() || !Objects.equals(p.assignedAt(), q.assignedAt())
                        || !Objects.equals(p.completedAt(), q.completedAt())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The snapshot columns after id, version and key, in binding order (at most 64: a change is a bit mask). */
    private static final Column[] COLUMNS = {
            text("record_number", CaseSnapshot::recordNumber),
            text("state", CaseSnapshot::state),
            text("opinion_type", CaseSnapshot::type),
            text("validity", CaseSnapshot::validity),
            text("validity_ground", CaseSnapshot::validityGround),
            text("category", CaseSnapshot::category),
            new Flag("major", CaseSnapshot::major),
            new Flag("secondary_complaint", CaseSnapshot::secondaryComplaint),
            new Flag("corrective_action", CaseSnapshot::correctiveAction),
            text("channel", CaseSnapshot::channel),
            text("visit_id", CaseSnapshot::visitId),
            text("customer_name", s -> s.customer().name()),
            text("customer_phone", s -> s.customer().phone()),
            text("customer_address", s -> s.customer().address()),
            text("content_summary", CaseSnapshot::contentSummary),
            text("recorded_by", CaseSnapshot::recordedBy),
            text("receiver_id", CaseSnapshot::receiverId),
            text("department", CaseSnapshot::department),
            text("accepting_level", CaseSnapshot::acceptingLevel),
            at("received_at", CaseSnapshot::receivedAt),
            day("acceptance_date", CaseSnapshot::acceptanceDate),
            new Flag("duty_registration", CaseSnapshot::dutyRegistration),
            at("handed_over_at", CaseSnapshot::handedOverAt),
            at("agreed_reply_by", CaseSnapshot::agreedReplyBy),
            text("agreed_reply_method", CaseSnapshot::agreedReplyMethod),
            text("follow_up_channel", CaseSnapshot::followUpChannel),
            text("escalation_level", CaseSnapshot::escalationLevel),
            new Json<>("co_handling_departments", CaseSnapshot::coHandlingDepartments, ListColumns::strings),
            new Json<>("cycles", CaseSnapshot::cycles, ListColumns::cycles),
            new Json<>("notes", CaseSnapshot::notes, ListColumns::notes),
            new Json<>("follow_ups", CaseSnapshot::followUps, ListColumns::followUps),
            text("online_reply_text", CaseSnapshot::onlineReplyText),
            text("online_reply_approved_by", CaseSnapshot::onlineReplyApprovedBy),
            at("online_reply_posted_at", CaseSnapshot::onlineReplyPostedAt),
            text("invalid_confirmed_by", CaseSnapshot::invalidConfirmedBy),
            text("closure", CaseSnapshot::closure),
            at("closed_at", CaseSnapshot::closedAt),
            text("archive_batch_id", CaseSnapshot::archiveBatchId),
            at("archived_at", CaseSnapshot::archivedAt),
            at("last_modified_at", CaseSnapshot::lastModifiedAt),
            at("next_due_at", CaseSnapshot::nextDueAt),
            // written, never read back into a snapshot: what the statistics read takes of the cycles
            new CycleDigest()};

    /** How many of {@link #COLUMNS} a snapshot is read from: all but the last, the cycle digest. */
    private static final int READ_COLUMNS = COLUMNS.length - 1;

    /** The names of {@link #COLUMNS}, in binding order. */
    static final String[] CASE_COLUMNS = Arrays.stream(COLUMNS).map(Column::name).toArray(String[]::new);

    /** The names of the columns a snapshot is read from ({@link #CASE_COLUMNS} but the cycle digest). */
    private static final String[] READ = Arrays.copyOf(CASE_COLUMNS, READ_COLUMNS);

    /** The change mask naming every column: an update that writes the whole row. */
    static final long EVERY_COLUMN = COLUMNS.length == 64 ? -1L : (1L << COLUMNS.length) - 1;

    /**
     * Every column of a snapshot, in the order {@link #map} reads them by index: id, version, key, then
     * {@link #CASE_COLUMNS} but the cycle digest. Reads name the columns instead of {@code SELECT *}, so the
     * order is fixed.
     */
    static final String SELECT_CASE = "SELECT id, version, idempotency_key, " + String.join(", ", READ)
            + " FROM wuye_complaint";

    static final String INSERT_CASE = "INSERT INTO wuye_complaint (id, version, idempotency_key, "
            + String.join(", ", CASE_COLUMNS) + ") VALUES (?, ?, ?" + ", ?".repeat(CASE_COLUMNS.length) + ")";

    static final String INSERT_AUDIT = "INSERT INTO wuye_complaint_audit (complaint_id, version, seq, "
            + "entry_at, actor_id, actor_roles, department, command, from_state, to_state, detail) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * The versioned update of the columns in {@code changed} (bits in {@link #COLUMNS} order): {@code version}
     * and those columns, parameters in that order, then {@code id}, the expected version and the key.
     */
    static String update(long changed) {
        StringBuilder sql = new StringBuilder("UPDATE wuye_complaint SET version = ?");
        for (int c = 0; c < COLUMNS.length; c++) {
            if ((changed & (1L << c)) != 0) {
                sql.append(", ").append(COLUMNS[c].name()).append(" = ?");
            }
        }
        return sql.append(" WHERE id = ? AND version = ? AND idempotency_key = ?").toString();
    }

    /** The columns in which two snapshots of one case differ, as a mask for {@link #update} and {@link #bind(PreparedStatement, int, CaseSnapshot, long)}. */
    static long changed(CaseSnapshot before, CaseSnapshot after) {
        long mask = 0;
        for (int c = 0; c < COLUMNS.length; c++) {
            if (COLUMNS[c].differs(before, after)) {
                mask |= 1L << c;
            }
        }
        return mask;
    }

    /** Binds {@link #CASE_COLUMNS} from parameter {@code i}; returns the next free parameter index. */
    int bind(PreparedStatement ps, int i, CaseSnapshot s) throws SQLException {
        return bind(ps, i, s, EVERY_COLUMN);
    }

    /** Binds the columns in {@code changed} from parameter {@code i}; returns the next free parameter index. */
    int bind(PreparedStatement ps, int i, CaseSnapshot s, long changed) throws SQLException {
        for (int c = 0; c < COLUMNS.length; c++) {
            if ((changed & (1L << c)) != 0) {
                COLUMNS[c].bind(dialect, ps, i++, s);
            }
        }
        return i;
    }

    /**
     * A row of {@link #SELECT_CASE} as a snapshot, read by column index (a lookup by name costs a map
     * probe per column per row); the list columns go through {@link ListColumns}' streaming reader.
     */
    CaseSnapshot map(ResultSet rs) throws SQLException {
        // PostgreSQL's driver always talks UTF-8 (it sets client_encoding), MariaDB's utf8mb4, and both hand a
        // text column's bytes as received: the list columns go to the JSON parser as bytes, decoded once, value
        // by value, instead of as a string of the whole column first. H2 stores them as CLOBs.
        boolean utf8 = dialect != Dialect.H2;
        return CaseSnapshot.builder()
                .id(rs.getString(1))
                .version(rs.getLong(2))
                .idempotencyKey(rs.getString(3))
                .recordNumber(rs.getString(4))
                .state(rs.getString(5))
                .type(rs.getString(6))
                .validity(rs.getString(7))
                .validityGround(rs.getString(8))
                .category(rs.getString(9))
                .major(rs.getBoolean(10))
                .secondaryComplaint(rs.getBoolean(11))
                .correctiveAction(rs.getBoolean(12))
                .channel(rs.getString(13))
                .visitId(rs.getString(14))
                .customer(new CustomerData(rs.getString(15), rs.getString(16), rs.getString(17)))
                .contentSummary(rs.getString(18))
                .recordedBy(rs.getString(19))
                .receiverId(rs.getString(20))
                .department(rs.getString(21))
                .acceptingLevel(rs.getString(22))
                .receivedAt(dialect.getInstant(rs, 23))
                .acceptanceDate(dialect.getDate(rs, 24))
                .dutyRegistration(rs.getBoolean(25))
                .handedOverAt(dialect.getInstant(rs, 26))
                .agreedReplyBy(dialect.getInstant(rs, 27))
                .agreedReplyMethod(rs.getString(28))
                .followUpChannel(rs.getString(29))
                .escalationLevel(rs.getString(30))
                .coHandlingDepartments(utf8 ? ListColumns.strings(rs.getBytes(31)) : ListColumns.strings(rs.getString(31)))
                .cycles(utf8 ? ListColumns.cycles(rs.getBytes(32)) : ListColumns.cycles(rs.getString(32)))
                .notes(utf8 ? ListColumns.notes(rs.getBytes(33)) : ListColumns.notes(rs.getString(33)))
                .followUps(utf8 ? ListColumns.followUps(rs.getBytes(34)) : ListColumns.followUps(rs.getString(34)))
                .onlineReplyText(rs.getString(35))
                .onlineReplyApprovedBy(rs.getString(36))
                .onlineReplyPostedAt(dialect.getInstant(rs, 37))
                .invalidConfirmedBy(rs.getString(38))
                .closure(rs.getString(39))
                .closedAt(dialect.getInstant(rs, 40))
                .archiveBatchId(rs.getString(41))
                .archivedAt(dialect.getInstant(rs, 42))
                .lastModifiedAt(dialect.getInstant(rs, 43))
                .nextDueAt(dialect.getInstant(rs, 44))
                .build();
    }
}
