package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.StatisticsRead;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * The statistics read of the case table ({@link dev.wuye.complaint.spi.CaseStore#streamForStatistics}): only
 * the columns behind the components {@link StatisticsRead} keeps — none of the customer's data, the content
 * summary, the notes or the online reply's text — and of the two list columns statistics read (cycles,
 * follow-ups) only the kept fields, which {@link ListSkimmer} picks from the column's UTF-8 bytes, passing
 * over the texts (remarks) without decoding them. Of the cycles it reads the cycle digest, which the store
 * writes beside them with every save ({@link CycleDigests}: the kept fields alone), and the cycles
 * column itself only for rows saved before the digest existed. A row becomes
 * exactly {@link StatisticsRead#of} of the snapshot {@link CaseColumns#map} would read.
 */
final class StatisticsColumns {

    /** The columns, in the order {@link #map} reads them by index. */
    static final String SELECT = "SELECT id, record_number, state, opinion_type, validity, category, major,"
            + " secondary_complaint, corrective_action, channel, department, accepting_level, received_at,"
            + " acceptance_date, follow_up_channel, escalation_level, cycle_digest,"
            + " CASE WHEN cycle_digest IS NULL THEN cycles END, follow_ups,"
            + " online_reply_posted_at,"
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

    /**
     * The code columns (state, type, validity, category, channel, department, accepting level, follow-up
     * channel, escalation level), each with the previous row's value: codes repeat from row to row, so a
     * column whose bytes equal the previous row's gives the same string again — not decoded, not allocated,
     * its hash already computed when the calculator looks the code up. One instance reads one stream.
     */
    private final Repeats[] codes = new Repeats[23];

    /** A row of {@link #SELECT} as a statistics snapshot. */
    CaseSnapshot map(ResultSet rs) throws SQLException {
        return StatisticsRead.builder()
                .id(text(rs, 1))
                .recordNumber(text(rs, 2))
                .state(code(rs, 3))
                .type(code(rs, 4))
                .validity(code(rs, 5))
                .category(code(rs, 6))
                .major(rs.getBoolean(7))
                .secondaryComplaint(rs.getBoolean(8))
                .correctiveAction(rs.getBoolean(9))
                .channel(code(rs, 10))
                .department(code(rs, 11))
                .acceptingLevel(code(rs, 12))
                .receivedAt(dialect.getInstant(rs, 13))
                .acceptanceDate(dialect.getDate(rs, 14))
                .followUpChannel(code(rs, 15))
                .escalationLevel(code(rs, 16))
                .cycles(cycles(rs))
                .followUps(ListSkimmer.followUps(utf8(rs, 19)))
                .onlineReplyPostedAt(dialect.getInstant(rs, 20))
                .closedAt(dialect.getInstant(rs, 21))
                .lastModifiedAt(dialect.getInstant(rs, 22))
                .build();
    }

    /** The cycles' kept fields: from the digest, or from the cycles column of a row saved before it. */
    private List<HandlingCycle> cycles(ResultSet rs) throws SQLException {
        byte[] digest = utf8(rs, 17);
        return digest != null ? CycleDigests.read(digest) : ListSkimmer.cycles(utf8(rs, 18));
    }

    /** A text column: from the UTF-8 bytes the driver received (the JDK's decoder, fastest for ASCII), H2 as a string. */
    private String text(ResultSet rs, int column) throws SQLException {
        if (!utf8) {
            return rs.getString(column);
        }
        byte[] bytes = rs.getBytes(column);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** A code column: the previous row's string when the bytes are the same (H2: read as a string). */
    private String code(ResultSet rs, int column) throws SQLException {
        if (!utf8) {
            return rs.getString(column);
        }
        byte[] bytes = rs.getBytes(column);
        if (bytes == null) {
            return null;
        }
        Repeats r = codes[column];
        if (r == null) {
            r = new Repeats();
            codes[column] = r;
        } else if (Arrays.equals(bytes, r.bytes)) {
            return r.text;
        }
        r.bytes = bytes;
        r.text = new String(bytes, StandardCharsets.UTF_8);
        return r.text;
    }

    /** One code column's previous value. */
    private static final class Repeats {
        private byte[] bytes;
        private String text;
    }

    /** A list column's UTF-8 bytes: as the driver received them, or encoded from H2's CLOB string. */
    private byte[] utf8(ResultSet rs, int column) throws SQLException {
        if (utf8) {
            return rs.getBytes(column);
        }
        String text = rs.getString(column);
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
