package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** The columns of the case table: the SQL that writes them, and a snapshot bound to and read from them. */
final class CaseColumns {

    private final Dialect dialect;

    CaseColumns(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The snapshot columns after id, version and key, in binding order. */
    static final String[] CASE_COLUMNS = {
            "record_number", "state", "opinion_type", "validity", "validity_ground", "category", "major",
            "secondary_complaint", "corrective_action", "channel", "visit_id", "customer_name", "customer_phone",
            "customer_address", "content_summary", "recorded_by", "receiver_id", "department", "accepting_level",
            "received_at", "acceptance_date", "duty_registration", "handed_over_at", "agreed_reply_by",
            "agreed_reply_method", "follow_up_channel", "escalation_level", "co_handling_departments", "cycles",
            "notes", "follow_ups", "online_reply_text", "online_reply_approved_by", "online_reply_posted_at",
            "invalid_confirmed_by", "closure", "closed_at", "archive_batch_id", "archived_at", "last_modified_at",
            "next_due_at"};

    /**
     * Every column of a snapshot, in the order {@link #map} reads them by index: id, version, key, then
     * {@link #CASE_COLUMNS}. Reads name the columns instead of {@code SELECT *}, so the order is fixed.
     */
    static final String SELECT_CASE = "SELECT id, version, idempotency_key, " + String.join(", ", CASE_COLUMNS)
            + " FROM wuye_complaint";

    static final String INSERT_CASE = "INSERT INTO wuye_complaint (id, version, idempotency_key, "
            + String.join(", ", CASE_COLUMNS) + ") VALUES (?, ?, ?" + ", ?".repeat(CASE_COLUMNS.length) + ")";

    static final String UPDATE_CASE = "UPDATE wuye_complaint SET version = ?, "
            + String.join(" = ?, ", CASE_COLUMNS) + " = ? WHERE id = ? AND version = ? AND idempotency_key = ?";

    static final String INSERT_AUDIT = "INSERT INTO wuye_complaint_audit (complaint_id, version, seq, "
            + "entry_at, actor_id, actor_roles, department, command, from_state, to_state, detail) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Binds {@link #CASE_COLUMNS} from parameter {@code i}; returns the next free parameter index. */
    int bind(PreparedStatement ps, int i, CaseSnapshot s) throws SQLException {
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
        dialect.setInstant(ps, i++, s.nextDueAt());
        return i;
    }

    /**
     * A row of {@link #SELECT_CASE} as a snapshot, read by column index (a lookup by name costs a map
     * probe per column per row); the list columns go through {@link ListColumns}' streaming reader.
     */
    CaseSnapshot map(ResultSet rs) throws SQLException {
        // PostgreSQL's driver always talks UTF-8 (it sets client_encoding) and hands a text column's bytes as
        // received: the list columns go to the JSON parser as bytes, decoded once, value by value.
        boolean utf8 = dialect == Dialect.POSTGRESQL;
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
                .acceptanceDate(rs.getObject(24, LocalDate.class))
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
