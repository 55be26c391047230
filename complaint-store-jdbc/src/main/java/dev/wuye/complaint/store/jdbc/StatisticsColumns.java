package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.StatisticsRead;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The statistics read of the case table ({@link dev.wuye.complaint.spi.CaseStore#streamForStatistics}): only
 * the columns behind the components {@link StatisticsRead} keeps — none of the customer's data, the content
 * summary, the notes or the online reply's text — and of the two list columns statistics read (cycles,
 * follow-ups) only the kept fields, which {@link ListSkimmer} picks from the column's UTF-8 bytes, passing
 * over the texts (investigation, analysis, solution, result, remarks) without decoding them. A row becomes
 * exactly {@link StatisticsRead#of} of the snapshot {@link CaseColumns#map} would read.
 */
final class StatisticsColumns {

    /** The columns, in the order {@link #map} reads them by index. */
    static final String SELECT = "SELECT id, record_number, state, opinion_type, validity, category, major,"
            + " secondary_complaint, corrective_action, channel, department, accepting_level, received_at,"
            + " acceptance_date, follow_up_channel, escalation_level, cycles, follow_ups, online_reply_posted_at,"
            + " closed_at, last_modified_at FROM wuye_complaint";

    private final Dialect dialect;
    /**
     * Whether the list columns are read as their UTF-8 bytes: PostgreSQL's and MariaDB's drivers hand over the
     * bytes they received, so the texts (the larger part of the row) are never decoded. H2 stores them as
     * CLOBs, read as strings and encoded.
     */
    private final boolean utf8;

    StatisticsColumns(Dialect dialect) {
        this.dialect = dialect;
        this.utf8 = dialect != Dialect.H2;
    }

    /** A row of {@link #SELECT} as a statistics snapshot. */
    CaseSnapshot map(ResultSet rs) throws SQLException {
        return StatisticsRead.builder()
                .id(rs.getString(1))
                .recordNumber(rs.getString(2))
                .state(rs.getString(3))
                .type(rs.getString(4))
                .validity(rs.getString(5))
                .category(rs.getString(6))
                .major(rs.getBoolean(7))
                .secondaryComplaint(rs.getBoolean(8))
                .correctiveAction(rs.getBoolean(9))
                .channel(rs.getString(10))
                .department(rs.getString(11))
                .acceptingLevel(rs.getString(12))
                .receivedAt(dialect.getInstant(rs, 13))
                .acceptanceDate(rs.getObject(14, LocalDate.class))
                .followUpChannel(rs.getString(15))
                .escalationLevel(rs.getString(16))
                .cycles(ListSkimmer.cycles(utf8(rs, 17)))
                .followUps(ListSkimmer.followUps(utf8(rs, 18)))
                .onlineReplyPostedAt(dialect.getInstant(rs, 19))
                .closedAt(dialect.getInstant(rs, 20))
                .lastModifiedAt(dialect.getInstant(rs, 21))
                .build();
    }

    /** A list column's UTF-8 bytes: as the driver received them, or encoded from H2's CLOB string. */
    private byte[] utf8(ResultSet rs, int column) throws SQLException {
        if (utf8) {
            return rs.getBytes(column);
        }
        return rs.getString(column).getBytes(StandardCharsets.UTF_8);
    }
}
