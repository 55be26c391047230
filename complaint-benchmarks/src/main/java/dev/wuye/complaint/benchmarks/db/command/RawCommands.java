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
 * auto-commit off and READ COMMITTED already set, so nothing else crosses the wire. It skips validation,
 * authority and the procedure: the floor the desk is measured against.
 *
 * <p><b>The same writes as the desk.</b> Each command leaves the case row with the values {@link DeskCase}'s
 * command leaves through the desk — the same columns set or cleared, the same kinds and sizes of values
 * (the same JSON in {@code cycles}, {@code notes} and {@code follow_ups}, the same audit details, duty-log
 * texts and record number around this case's id) — so that the database maintains the same indexes and
 * stores rows of the same size on both sides. In PostgreSQL an UPDATE that changes no indexed column can
 * be a heap-only tuple update, far cheaper than one that does; the desk's never are (every command moves
 * {@code version}, which the due index carries, and {@code next_due_at}), so neither are these. Like the desk,
 * this program updates only the columns whose values change:
 * <ol start="0">
 *   <li>ReceiveOpinion: inserts the row (state {@code DUTY_REGISTERED}, the reply-terms note,
 *       {@code next_due_at}, escalation level {@code HANDLER}); a duty-log row {@code REGISTERED};</li>
 *   <li>HandOver: state, {@code receiver_id}, {@code handed_over_at}, the handover note; a duty-log row
 *       {@code HANDED_OVER};</li>
 *   <li>Classify: state, {@code record_number}, {@code opinion_type}, {@code validity},
 *       {@code validity_ground}, {@code category};</li>
 *   <li>Assign, RecordInvestigation, ProposeSolution, ApproveSolution, Complete: the handling cycle in
 *       {@code cycles} (and the state, except for RecordInvestigation, which keeps it); Assign and Complete
 *       also the {@code cycle_digest} (what the statistics read takes of the cycles);</li>
 *   <li>ReportProgress: the progress note in {@code notes};</li>
 *   <li>RecordFollowUp: state {@code CLOSED}, {@code follow_ups}, {@code closure}, {@code closed_at};
 *       {@code next_due_at} cleared;</li>
 *   <li>Archive: state {@code FILED}, {@code archive_batch_id}, {@code archived_at} (the desk writes no
 *       batch row for a default batch).</li>
 * </ol>
 * and, on every command, {@code version}, {@code last_modified_at} and, while the case is open,
 * {@code next_due_at} — the command's own instant, as the desk derives it for this case. Each audit row is
 * the desk's: the issuing actor and roles, the command, the states, the event's detail.
 * {@code RawCommandsTest} runs one case on each side and checks that the rows agree.
 */
final class RawCommands {

    private static final String[] COMMANDS = {"ReceiveOpinion", "HandOver", "Classify", "Assign",
        "RecordInvestigation", "ProposeSolution", "ApproveSolution", "ReportProgress", "Complete",
        "RecordFollowUp", "Archive"};
    private static final String[] STATES = {"DUTY_REGISTERED", "AWAITING_CLASSIFICATION", "AWAITING_ASSIGNMENT",
        "INVESTIGATING", "INVESTIGATING", "AWAITING_APPROVAL", "EXECUTING", "EXECUTING", "AWAITING_FOLLOW_UP",
        "CLOSED", "FILED"};
    private static final String HEAD_ROLES = "DEPARTMENT_HEAD,CENTRE_DIRECTOR";
    /** Who issues each command, and with which roles (the audit row's actor). */
    private static final String[] ACTORS = {"d-sun", "d-sun", "r-wang", "h-li", "hd-zhao", "hd-zhao", "h-li",
        "hd-zhao", "h-li", "r-wang", "r-wang"};
    private static final String[] ROLES = {"DUTY_OFFICER", "DUTY_OFFICER", "RECEIVER", HEAD_ROLES, "HANDLER",
        "HANDLER", HEAD_ROLES, "HANDLER", HEAD_ROLES, "RECEIVER", "RECEIVER"};
    /** The audit detail around the case id and the instant: the event's name, then what follows the instant. */
    private static final String[] EVENTS = {"OpinionReceived", "HandedOver", "Classified", "HandlersAssigned",
        "InvestigationRecorded", "SolutionProposed", "SolutionApproved", "ProgressReported", "HandlingCompleted",
        "FollowUpRecorded", "Archived"};
    private static final String[] DETAILS = {
        ", by=d-sun, dutyRegistration=true, handoverDue=2025-03-17T00:30:00Z, channel=PHONE, department=C01]",
        ", by=d-sun, receiverId=r-wang]",
        ", by=r-wang, type=COMPLAINT, validity=VALID, ground=STAFF_ATTITUDE, category=STAFF_ATTITUDE, major=false, "
            + "recordNumber=C01-202503-",
        ", by=h-li, cycle=1, handlerIds=[hd-zhao]]",
        ", by=hd-zhao, cycle=1, onSiteVerified=true]",
        ", by=hd-zhao, cycle=1]",
        ", by=h-li, cycle=1]",
        ", by=hd-zhao]",
        ", by=h-li, cycle=1, followUpRequired=true]",
        ", by=r-wang, cycle=1, method=PHONE, satisfied=true]",
        ", by=r-wang, archiveBatchId=" + DeskCaseValues.BATCH + "]"};

    private static final String INSERT_CASE = "INSERT INTO wuye_complaint (id, version, idempotency_key, state, "
            + "major, secondary_complaint, corrective_action, channel, customer_name, customer_phone, "
            + "customer_address, content_summary, recorded_by, department, accepting_level, received_at, "
            + "acceptance_date, duty_registration, agreed_reply_by, agreed_reply_method, follow_up_channel, "
            + "escalation_level, co_handling_departments, cycles, notes, follow_ups, last_modified_at, next_due_at, "
            + "cycle_digest) "
            + "VALUES (?, 1, ?, ?, FALSE, FALSE, FALSE, 'PHONE', ?, ?, ?, ?, ?, 'C01', 'SERVICE_CENTRE', ?, ?, TRUE, "
            + "?, 'PHONE', 'PHONE', 'HANDLER', '[]', '[]', ?, '[]', ?, ?, '[]')";
    /** Per command after intake: the columns it changes besides version and last_modified_at. */
    private static final String[] SETS = {
        null,
        "state = ?, receiver_id = 'r-wang', handed_over_at = ?, notes = ?, next_due_at = ?",
        "state = ?, record_number = ?, opinion_type = 'COMPLAINT', validity = 'VALID', "
            + "validity_ground = 'STAFF_ATTITUDE', category = 'STAFF_ATTITUDE', next_due_at = ?",
        "state = ?, cycles = ?, cycle_digest = ?, next_due_at = ?",
        "state = ?, cycles = ?, next_due_at = ?",
        "state = ?, cycles = ?, next_due_at = ?",
        "state = ?, cycles = ?, next_due_at = ?",
        "state = ?, notes = ?, next_due_at = ?",
        "state = ?, cycles = ?, cycle_digest = ?, next_due_at = ?",
        "state = ?, follow_ups = ?, closure = 'FOLLOWED_UP', closed_at = ?, next_due_at = NULL",
        "state = ?, archive_batch_id = '" + DeskCaseValues.BATCH + "', archived_at = ?"};
    private static final String[] UPDATES = new String[SETS.length];

    static {
        for (int step = 1; step < SETS.length; step++) {
            UPDATES[step] = "UPDATE wuye_complaint SET version = ?, last_modified_at = ?, " + SETS[step]
                    + " WHERE id = ? AND version = ?";
        }
    }

    private static final String INSERT_AUDIT = "INSERT INTO wuye_complaint_audit (complaint_id, version, seq, "
            + "entry_at, actor_id, actor_roles, department, command, from_state, to_state, detail) "
            + "VALUES (?, ?, 0, ?, ?, ?, 'C01', ?, ?, ?, ?)";
    private static final String INSERT_DUTY = "INSERT INTO wuye_duty_log (id, department, duty_officer_id, "
            + "entry_at, kind, complaint_id, entry_text) VALUES (?, 'C01', 'd-sun', ?, ?, ?, ?)";

    private final DataSource pool;
    private final boolean zoned;

    /**
     * @param pool  connections with auto-commit off
     * @param zoned whether instants are TIMESTAMPTZ (PostgreSQL, H2) rather than UTC DATETIME (MariaDB)
     */
    RawCommands(DataSource pool, boolean zoned) {
        this.pool = pool;
        this.zoned = zoned;
    }

    private Object instant(Instant i) {
        return zoned ? OffsetDateTime.ofInstant(i, ZoneOffset.UTC) : LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    /**
     * Runs the eleven commands of one case.
     *
     * @param id  the case id
     * @param key the idempotency key as the caller gives it (stored under the department, as the desk does)
     * @throws SQLException when a statement fails
     */
    void run(String id, String key) throws SQLException {
        for (int step = 0; step < COMMANDS.length; step++) {
            command(id, "C01/" + key, step);
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
                        rs.getString("follow_ups");
                    }
                }
            }
            if (step == 0) {
                if (version != 0) {
                    throw new IllegalStateException("key " + key + " is taken");
                }
                insert(c, id, key, at);
            } else {
                update(c, id, step, version, at);
            }
            try (PreparedStatement ps = c.prepareStatement(INSERT_AUDIT)) {
                ps.setString(1, id);
                ps.setLong(2, version + 1);
                ps.setObject(3, instant(at));
                ps.setString(4, ACTORS[step]);
                ps.setString(5, ROLES[step]);
                ps.setString(6, COMMANDS[step]);
                ps.setString(7, step == 0 ? null : STATES[step - 1]);
                ps.setString(8, STATES[step]);
                ps.setString(9, EVENTS[step] + "[caseId=" + id + ", at=" + at + DETAILS[step]
                        + (step == 2 ? id + "]" : ""));
                ps.executeUpdate();
            }
            if (step <= 1) {
                try (PreparedStatement ps = c.prepareStatement(INSERT_DUTY)) {
                    ps.setString(1, id + "#" + (version + 1));
                    ps.setObject(2, instant(at));
                    ps.setString(3, step == 0 ? "REGISTERED" : "HANDED_OVER");
                    ps.setString(4, id);
                    ps.setString(5, step == 0 ? DeskCaseValues.REGISTERED_TEXT : "handed over to r-wang");
                    ps.executeUpdate();
                }
            }
            c.commit();
        }
    }

    private void insert(Connection c, String id, String key, Instant at) throws SQLException {
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
            ps.setObject(10, LocalDate.ofInstant(at, DeskCase.SHANGHAI));
            ps.setObject(11, instant(at.plusSeconds(3 * 86_400)));
            ps.setString(12, DeskCaseValues.NOTES[0]);
            ps.setObject(13, instant(at));
            ps.setObject(14, instant(at));
            ps.executeUpdate();
        }
    }

    private void update(Connection c, String id, int step, long version, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATES[step])) {
            int i = 1;
            ps.setLong(i++, version + 1);
            ps.setObject(i++, instant(at));
            ps.setString(i++, STATES[step]);
            switch (step) {
                case 1 -> {
                    ps.setObject(i++, instant(at));
                    ps.setString(i++, DeskCaseValues.NOTES[1]);
                }
                case 2 -> ps.setString(i++, "C01-202503-" + id);
                case 7 -> ps.setString(i++, DeskCaseValues.NOTES[7]);
                case 9 -> {
                    ps.setString(i++, DeskCaseValues.FOLLOW_UPS);
                    ps.setObject(i++, instant(at));
                }
                case 10 -> ps.setObject(i++, instant(at));
                default -> {
                    ps.setString(i++, DeskCaseValues.CYCLES[step]);
                    if (DeskCaseValues.DIGESTS[step] != null) {
                        ps.setString(i++, DeskCaseValues.DIGESTS[step]);
                    }
                }
            }
            if (step < 9) {
                ps.setObject(i++, instant(at));
            }
            ps.setString(i++, id);
            ps.setLong(i, version);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException(id + " changed concurrently (step " + step + ", version " + version + ")");
            }
        }
    }

    /**
     * The values of {@link DeskCase}'s case that do not depend on its id, as the desk stores them: the lists
     * (JSON text; the cycle digest in its own form) after each command that changes them, the duty-log text at
     * intake, the default batch.
     */
    private static final class DeskCaseValues {
        static final String BATCH = "MONTHLY:C01:2025-03";
        static final String REGISTERED_TEXT = "registered off hours via PHONE; handover to the receiver due "
                + "2025-03-17T00:30:00Z";
        /** The notes after intake, handover and the progress report (indexed by step). */
        static final String[] NOTES = new String[DeskCase.COMMANDS];
        /** The handling cycles after assignment, investigation, proposal, approval and completion (by step). */
        static final String[] CYCLES = new String[DeskCase.COMMANDS];
        /** The cycle digest after assignment and completion, the steps that change it (by step). */
        static final String[] DIGESTS = new String[DeskCase.COMMANDS];
        static final String FOLLOW_UPS = "[{\"cycle\":1,\"at\":\"" + t(9) + "\",\"byStaffId\":\"r-wang\","
                + "\"method\":\"PHONE\",\"timely\":true,\"resultSatisfied\":true,\"attitudeSatisfied\":true,"
                + "\"remarks\":\"业主表示满意\"}]";

        static {
            String reply = note(0, "d-sun", "REPLY_TERMS", "AGREED: 约定");
            String handover = note(1, "d-sun", "HANDOVER", "handed over to r-wang");
            NOTES[0] = "[" + reply + "]";
            NOTES[1] = "[" + reply + "," + handover + "]";
            NOTES[7] = "[" + reply + "," + handover + "," + note(7, "hd-zhao", "PROGRESS", "已约业主周四上门致歉") + "]";
            String assigned = "{\"number\":1,\"handlerIds\":[\"hd-zhao\"],\"assignedBy\":\"h-li\",\"assignedAt\":\""
                    + t(3) + "\",";
            String investigated = "\"investigation\":\"保洁员态度生硬，业主录音属实\",\"onSiteVerified\":true,"
                    + "\"analysis\":\"培训不足\",\"sameProblemElsewhere\":\"其他楼栋保洁岗同样存在\",";
            String proposed = "\"solution\":\"当面致歉并组织培训\",\"solutionProposedBy\":\"hd-zhao\",\"solutionProposedAt\":\""
                    + t(5) + "\",";
            String approved = "\"approvedBy\":\"h-li\",\"approvedAt\":\"" + t(6) + "\",";
            String completed = "\"result\":\"已致歉，已培训\",\"resultSignedBy\":\"h-li\",\"completedAt\":\"" + t(8) + "\"}]";
            String noInvestigation = "\"investigation\":null,\"onSiteVerified\":null,\"analysis\":null,"
                    + "\"sameProblemElsewhere\":null,";
            String noProposal = "\"solution\":null,\"solutionProposedBy\":null,\"solutionProposedAt\":null,";
            String noApproval = "\"approvedBy\":null,\"approvedAt\":null,";
            String noResult = "\"result\":null,\"resultSignedBy\":null,\"completedAt\":null}]";
            CYCLES[3] = "[" + assigned + noInvestigation + noProposal + noApproval + noResult;
            CYCLES[4] = "[" + assigned + investigated + noProposal + noApproval + noResult;
            CYCLES[5] = "[" + assigned + investigated + proposed + noApproval + noResult;
            CYCLES[6] = "[" + assigned + investigated + proposed + approved + noResult;
            CYCLES[8] = "[" + assigned + investigated + proposed + approved + completed;
            // The digest's form: number, assignment, completion in microseconds since 1970.
            DIGESTS[3] = "1," + micros(3) + ",";
            DIGESTS[8] = "1," + micros(3) + "," + micros(8);
        }

        private DeskCaseValues() {
        }

        private static String t(int step) {
            return DeskCase.TIMES[step].toString();
        }

        private static String micros(int step) {
            return Long.toString(java.util.concurrent.TimeUnit.SECONDS.toMicros(DeskCase.TIMES[step].getEpochSecond())
                    + DeskCase.TIMES[step].getNano() / 1_000);
        }

        private static String note(int step, String author, String kind, String text) {
            return "{\"at\":\"" + t(step) + "\",\"authorId\":\"" + author + "\",\"kind\":\"" + kind
                    + "\",\"text\":\"" + text + "\"}";
        }
    }
}
