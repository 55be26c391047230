package dev.wuye.complaint.benchmarks.db.command;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The baseline: the same case written with plain JDBC on the same tables, as a hand-written program
 * would — per command one connection from the pool, one read of the case row ({@code SELECT *} by
 * idempotency key at intake, by id afterwards), the case row inserted or updated under its version,
 * one audit row, the duty-log row at intake and handover, commit. The pool hands out connections with
 * auto-commit off and READ COMMITTED already set, so nothing else crosses the wire. It writes fewer
 * columns than the desk (the ones that change), skips validation, authority and the procedure: the
 * floor the desk is measured against.
 */
final class RawCommands {

    private static final String[] COMMANDS = {"ReceiveOpinion", "HandOver", "Classify", "Assign",
        "RecordInvestigation", "ProposeSolution", "ApproveSolution", "ReportProgress", "Complete",
        "RecordFollowUp", "Archive"};
    private static final String[] STATES = {"DUTY_REGISTERED", "RECEIVED", "CLASSIFIED", "ASSIGNED",
        "INVESTIGATED", "SOLUTION_PROPOSED", "SOLUTION_APPROVED", "IN_PROGRESS", "COMPLETED", "CLOSED", "FILED"};

    private static final String INSERT_CASE = "INSERT INTO wuye_complaint (id, version, idempotency_key, state, "
            + "major, secondary_complaint, corrective_action, channel, customer_name, customer_phone, "
            + "customer_address, content_summary, recorded_by, department, accepting_level, received_at, "
            + "acceptance_date, duty_registration, agreed_reply_by, agreed_reply_method, follow_up_channel, "
            + "escalation_level, co_handling_departments, cycles, notes, follow_ups, last_modified_at) "
            + "VALUES (?, 1, ?, ?, FALSE, FALSE, FALSE, 'PHONE', ?, ?, ?, ?, ?, 'C01', 'SERVICE_CENTRE', ?, ?, TRUE, "
            + "?, 'PHONE', 'PHONE', 'NONE', '[]', '[]', '[]', '[]', ?)";
    private static final String UPDATE_CASE = "UPDATE wuye_complaint SET version = ?, state = ?, cycles = ?, "
            + "notes = ?, last_modified_at = ? WHERE id = ? AND version = ?";
    private static final String INSERT_AUDIT = "INSERT INTO wuye_complaint_audit (complaint_id, version, seq, "
            + "entry_at, actor_id, actor_roles, department, command, from_state, to_state, detail) "
            + "VALUES (?, ?, 0, ?, ?, 'RECEIVER', 'C01', ?, ?, ?, ?)";
    private static final String INSERT_DUTY = "INSERT INTO wuye_duty_log (id, department, duty_officer_id, "
            + "entry_at, kind, complaint_id, entry_text) VALUES (?, 'C01', 'd-sun', ?, ?, ?, ?)";

    private final DataSource pool;
    private final boolean zoned;

    /**
     * @param pool  connections with auto-commit off
     * @param zoned whether instants are TIMESTAMPTZ (PostgreSQL) rather than UTC DATETIME (MariaDB)
     */
    RawCommands(DataSource pool, boolean zoned) {
        this.pool = pool;
        this.zoned = zoned;
    }

    private Object instant(Instant i) {
        return zoned ? OffsetDateTime.ofInstant(i, ZoneOffset.UTC) : LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    /** Runs the eleven commands of one case. */
    void run(String id, String key) throws SQLException {
        for (int step = 0; step < COMMANDS.length; step++) {
            command(id, key, step);
        }
    }

    private void command(String id, String key, int step) throws SQLException {
        Instant at = DeskCase.TIMES[step];
        try (Connection c = pool.getConnection()) {
            long version;
            try (PreparedStatement ps = c.prepareStatement(step == 0
                    ? "SELECT * FROM wuye_complaint WHERE idempotency_key = ?" : "SELECT * FROM wuye_complaint WHERE id = ?")) {
                ps.setString(1, step == 0 ? key : id);
                try (ResultSet rs = ps.executeQuery()) {
                    version = rs.next() ? rs.getLong("version") : 0;
                    if (version > 0) {
                        rs.getString("cycles");
                        rs.getString("notes");
                    }
                }
            }
            if (step == 0) {
                if (version != 0) {
                    throw new IllegalStateException("key " + key + " is taken");
                }
                try (PreparedStatement ps = c.prepareStatement(INSERT_CASE)) {
                    ps.setString(1, id);
                    ps.setString(2, key);
                    ps.setString(3, STATES[0]);
                    ps.setString(4, DeskCase.CUSTOMER.name());
                    ps.setString(5, DeskCase.CUSTOMER.phone());
                    ps.setString(6, DeskCase.CUSTOMER.address());
                    ps.setString(7, "保洁员态度生硬，业主要求道歉");
                    ps.setString(8, "d-sun");
                    ps.setObject(9, instant(at));
                    ps.setObject(10, LocalDate.of(2025, 3, 17));
                    ps.setObject(11, instant(at.plusSeconds(3 * 86_400)));
                    ps.setObject(12, instant(at));
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement(UPDATE_CASE)) {
                    ps.setLong(1, version + 1);
                    ps.setString(2, STATES[step]);
                    ps.setString(3, "[{\"round\":1,\"step\":" + step + ",\"handler\":\"hd-zhao\"}]");
                    ps.setString(4, "[{\"at\":\"" + at + "\",\"text\":\"" + COMMANDS[step] + "\"}]");
                    ps.setObject(5, instant(at));
                    ps.setString(6, id);
                    ps.setLong(7, version);
                    if (ps.executeUpdate() != 1) {
                        throw new IllegalStateException(id + " changed concurrently");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(INSERT_AUDIT)) {
                ps.setString(1, id);
                ps.setLong(2, version + 1);
                ps.setObject(3, instant(at));
                ps.setString(4, "r-wang");
                ps.setString(5, COMMANDS[step]);
                ps.setString(6, step == 0 ? null : STATES[step - 1]);
                ps.setString(7, STATES[step]);
                ps.setString(8, COMMANDS[step] + "[step=" + step + "]");
                ps.executeUpdate();
            }
            if (step <= 1) {
                try (PreparedStatement ps = c.prepareStatement(INSERT_DUTY)) {
                    ps.setString(1, id + "#" + (version + 1));
                    ps.setObject(2, instant(at));
                    ps.setString(3, step == 0 ? "REGISTERED" : "HANDED_OVER");
                    ps.setString(4, id);
                    ps.setString(5, step == 0 ? "registered off hours via PHONE" : "handed over to r-wang");
                    ps.executeUpdate();
                }
            }
            c.commit();
        }
    }
}
