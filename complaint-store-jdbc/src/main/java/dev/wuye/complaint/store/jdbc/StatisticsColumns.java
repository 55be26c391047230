package dev.wuye.complaint.store.jdbc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.StatisticsRead;
import dev.wuye.complaint.spi.StoreException;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics read of the case table ({@link dev.wuye.complaint.spi.CaseStore#streamForStatistics}): only
 * the columns behind the components {@link StatisticsRead} keeps — none of the customer's data, the content
 * summary, the notes or the online reply's text — and of the two list columns statistics read (cycles,
 * follow-ups) only the kept fields: the parser passes over the texts (investigation, analysis, solution,
 * result, remarks) without making strings of them. A row becomes exactly {@link StatisticsRead#of} of the
 * snapshot {@link CaseColumns#map} would read.
 */
final class StatisticsColumns {

    /** The columns, in the order {@link #map} reads them by index. */
    static final String SELECT = "SELECT id, record_number, state, opinion_type, validity, category, major,"
            + " secondary_complaint, corrective_action, channel, department, accepting_level, received_at,"
            + " acceptance_date, follow_up_channel, escalation_level, cycles, follow_ups, online_reply_posted_at,"
            + " closed_at, last_modified_at FROM wuye_complaint";

    private static final JsonFactory JSON = new JsonFactory();
    private static final String EMPTY = "[]";

    private final Dialect dialect;
    /**
     * Whether the list columns are read as their UTF-8 bytes: PostgreSQL's and MariaDB's drivers hand over the
     * bytes they received, and the parser then passes over the texts without decoding them into strings
     * (the larger part of the row). H2 stores them as CLOBs, read as strings.
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
                .cycles(utf8 ? cycles(parser(rs.getBytes(17))) : cycles(parser(rs.getString(17))))
                .followUps(utf8 ? followUps(parser(rs.getBytes(18))) : followUps(parser(rs.getString(18))))
                .onlineReplyPostedAt(dialect.getInstant(rs, 19))
                .closedAt(dialect.getInstant(rs, 20))
                .lastModifiedAt(dialect.getInstant(rs, 21))
                .build();
    }

    /** A parser standing before the array of a list column, or {@code null} for the empty list {@code []}. */
    private static JsonParser parser(byte[] json) {
        if (json.length == 2 && json[0] == '[' && json[1] == ']') {
            return null;
        }
        try {
            return JSON.createParser(json);
        } catch (IOException e) {
            throw new StoreException("cannot read a list column", e);
        }
    }

    private static JsonParser parser(String json) {
        if (EMPTY.equals(json)) {
            return null;
        }
        try {
            return JSON.createParser(json);
        } catch (IOException e) {
            throw new StoreException("cannot read a list column", e);
        }
    }

    /** The kept fields of the cycles column ({@link ListColumns#cycles(List)}'s format); {@code null}: none. */
    static List<HandlingCycle> cycles(JsonParser parser) {
        if (parser == null) {
            return List.of();
        }
        try (JsonParser p = array(parser)) {
            List<HandlingCycle> out = new ArrayList<>(2);
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                object(t);
                int number = 0;
                Instant assignedAt = null;
                Instant completedAt = null;
                for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                    JsonToken v = p.nextToken();
                    switch (field) {
                        case "number" -> number = p.getIntValue();
                        case "assignedAt" -> assignedAt = instant(p, v);
                        case "completedAt" -> completedAt = instant(p, v);
                        default -> p.skipChildren();
                    }
                }
                out.add(StatisticsRead.cycle(number, assignedAt, completedAt));
            }
            return out;
        } catch (IOException e) {
            throw new StoreException("cannot read a list column", e);
        }
    }

    /** The kept fields of the follow-ups column ({@link ListColumns#followUps(List)}'s format); {@code null}: none. */
    static List<FollowUpEntry> followUps(JsonParser parser) {
        if (parser == null) {
            return List.of();
        }
        try (JsonParser p = array(parser)) {
            List<FollowUpEntry> out = new ArrayList<>(2);
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                object(t);
                int cycle = 0;
                Instant at = null;
                String method = null;
                Boolean timely = null;
                Boolean resultSatisfied = null;
                Boolean attitudeSatisfied = null;
                for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                    JsonToken v = p.nextToken();
                    switch (field) {
                        case "cycle" -> cycle = p.getIntValue();
                        case "at" -> at = instant(p, v);
                        case "method" -> method = v == JsonToken.VALUE_NULL ? null : p.getText();
                        case "timely" -> timely = bool(v);
                        case "resultSatisfied" -> resultSatisfied = bool(v);
                        case "attitudeSatisfied" -> attitudeSatisfied = bool(v);
                        default -> p.skipChildren();
                    }
                }
                out.add(StatisticsRead.followUp(cycle, at, method, timely, resultSatisfied, attitudeSatisfied));
            }
            return out;
        } catch (IOException e) {
            throw new StoreException("cannot read a list column", e);
        }
    }

    private static JsonParser array(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            p.close();
            throw new StoreException("cannot read a list column: not a JSON array");
        }
        return p;
    }

    private static void object(JsonToken t) {
        if (t != JsonToken.START_OBJECT) {
            throw new StoreException("cannot read a list column: " + t + " where an object belongs");
        }
    }

    private static Boolean bool(JsonToken t) {
        return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }

    private static Instant instant(JsonParser p, JsonToken t) throws IOException {
        return t == JsonToken.VALUE_NULL ? null : Instants.parse(p.getText());
    }
}
