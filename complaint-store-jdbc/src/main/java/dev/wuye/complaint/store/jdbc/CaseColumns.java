package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.CaseSnapshot;

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
            "invalid_confirmed_by", "closure", "closed_at", "archive_batch_id", "archived_at", "last_modified_at"};

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
        return i;
    }

    CaseSnapshot map(ResultSet rs) throws SQLException {
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
                .customer(Jdbc.customer(rs))
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
}
