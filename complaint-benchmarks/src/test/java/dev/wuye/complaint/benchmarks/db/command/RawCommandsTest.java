package dev.wuye.complaint.benchmarks.db.command;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.store.jdbc.JdbcPools;
import dev.wuye.complaint.store.jdbc.JdbcStorage;
import dev.wuye.complaint.store.jdbc.JdbcStorages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The command-path harness compares the desk with a raw-JDBC baseline making the same writes: one case of
 * {@link DeskCase} through the desk on {@link JdbcStorage} and one through {@link RawCommands}, each on its own
 * embedded H2, must leave the same rows — the case row column by column (set or null, same size, same value
 * where the value does not derive from the case id or key), the same audit and duty-log rows, the same number
 * of rows in every table the command path writes.
 */
class RawCommandsTest {

    private static final String[] TABLES = {"wuye_complaint", "wuye_complaint_audit", "wuye_duty_log",
        "wuye_activity", "wuye_archive_batch"};
    /** Columns whose values embed the case id or the idempotency key, which differ between the two sides. */
    private static final Set<String> IDENTITY = Set.of("id", "idempotency_key", "record_number");

    private static HikariDataSource deskDb;
    private static HikariDataSource rawDb;
    private static String deskId;
    private static String rawId;

    @BeforeAll
    static void runOneCaseOnEachSide() throws Exception {
        deskDb = JdbcPools.embeddedH2("raw-commands-desk");
        DeskCase.ThreadClock clock = new DeskCase.ThreadClock();
        ComplaintDesk desk = ComplaintDesk.builder().storage(new JdbcStorage(deskDb)).clock(clock)
                .calendar(WorkingDayCalendar.chinaMainland()).build();
        deskId = DeskCase.run(desk, clock, "key-desk");

        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:raw-commands-raw;DB_CLOSE_DELAY=-1");
        config.setUsername("sa");
        config.setPassword("");
        config.setAutoCommit(false);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        rawDb = new HikariDataSource(config);
        JdbcStorages.migrate(rawDb);
        // An id of the desk's length, so that every id-derived value has the desk's size too.
        rawId = ("R" + "0".repeat(deskId.length())).substring(0, deskId.length() - 1) + "1";
        new RawCommands(rawDb, true).run(rawId, "key-raw0");
    }

    @AfterAll
    static void close() {
        deskDb.close();
        rawDb.close();
    }

    @Test
    void bothSidesWriteTheSameNumberOfRowsPerTable() throws SQLException {
        // By hand: one case, eleven commands with one audit row each, duty-log rows at intake and handover,
        // no activity (no periodic action) and no batch row (the default batch is not a stored batch).
        Map<String, Integer> expected = Map.of("wuye_complaint", 1, "wuye_complaint_audit", 11, "wuye_duty_log", 2,
                "wuye_activity", 0, "wuye_archive_batch", 0);
        for (String table : TABLES) {
            assertEquals(expected.get(table), count(deskDb, table), "desk rows in " + table);
            assertEquals(expected.get(table), count(rawDb, table), "raw rows in " + table);
        }
    }

    @Test
    void theFinalCaseRowsAgreeColumnByColumn() throws SQLException {
        Map<String, String> desk = caseRow(deskDb, deskId);
        Map<String, String> raw = caseRow(rawDb, rawId);
        assertEquals(desk.keySet(), raw.keySet());
        for (String column : desk.keySet()) {
            String d = desk.get(column);
            String r = raw.get(column);
            assertEquals(d == null, r == null, column + " set on one side only: desk " + d + ", raw " + r);
            if (d != null) {
                assertEquals(d.length(), r.length(), column + " differs in size: desk " + d + ", raw " + r);
                if (!IDENTITY.contains(column)) {
                    assertEquals(d, r, column);
                }
            }
        }
        // The case closed and filed (by hand from the procedure): the columns the old baseline never wrote.
        assertEquals("FILED", raw.get("state"));
        assertEquals("11", raw.get("version"));
        assertNotNull(raw.get("closed_at"));
        assertNotNull(raw.get("archived_at"));
        assertNull(raw.get("next_due_at"), "a closed case has no next due instant");
    }

    @Test
    void theAuditAndDutyLogRowsAgree() throws SQLException {
        List<String> deskAudit = rows(deskDb, "SELECT * FROM wuye_complaint_audit ORDER BY version, seq", deskId);
        List<String> rawAudit = rows(rawDb, "SELECT * FROM wuye_complaint_audit ORDER BY version, seq", rawId);
        assertEquals(deskAudit, rawAudit);
        assertEquals(11, rawAudit.size());
        assertFalse(rawAudit.get(2).contains("null"), "the classification row is complete: " + rawAudit.get(2));
        assertEquals(rows(deskDb, "SELECT * FROM wuye_duty_log ORDER BY id", deskId),
                rows(rawDb, "SELECT * FROM wuye_duty_log ORDER BY id", rawId));
    }

    private static int count(HikariDataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Map<String, String> caseRow(HikariDataSource db, String id) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM wuye_complaint WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertEquals(true, rs.next(), "no row for " + id);
                Map<String, String> row = new LinkedHashMap<>();
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), rs.getString(i));
                }
                return row;
            }
        }
    }

    /** Every row of a query as text, the case id replaced by a placeholder so both sides compare. */
    private static List<String> rows(HikariDataSource db, String sql, String id) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(meta.getColumnName(i).toLowerCase(Locale.ROOT)).append('=').append(rs.getString(i))
                            .append(';');
                }
                rows.add(row.toString().replace(id, "<id>"));
            }
        }
        return rows;
    }
}
