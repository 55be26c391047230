package dev.wuye.complaint.benchmarks.db.periodic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The decoding baseline: a row read the way the store read it before decoding by index — every column
 * looked up by name, the JSON list columns parsed into a tree and every instant through
 * {@link Instant#parse}. It builds the same values (counted, not kept) so that the work is the same.
 */
final class TreeDecoder {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] TEXT = {"id", "idempotency_key", "record_number", "state", "opinion_type", "validity",
            "validity_ground", "category", "channel", "visit_id", "customer_name", "customer_phone", "customer_address",
            "content_summary", "recorded_by", "receiver_id", "department", "accepting_level", "agreed_reply_method",
            "follow_up_channel", "escalation_level", "online_reply_text", "online_reply_approved_by",
            "invalid_confirmed_by", "closure", "archive_batch_id"};
    private static final String[] INSTANTS = {"received_at", "handed_over_at", "agreed_reply_by",
            "online_reply_posted_at", "closed_at", "archived_at", "last_modified_at", "next_due_at"};
    private static final String[] LISTS = {"co_handling_departments", "cycles", "notes", "follow_ups"};

    private final boolean zoned;

    TreeDecoder(boolean zoned) {
        this.zoned = zoned;
    }

    /** Decodes one row; returns a number depending on every value so the JIT cannot drop the work. */
    long decode(ResultSet rs) throws SQLException {
        long h = rs.getLong("version");
        for (String c : TEXT) {
            String v = rs.getString(c);
            h += v == null ? 0 : v.length();
        }
        for (String c : new String[] {"major", "secondary_complaint", "corrective_action", "duty_registration"}) {
            h += rs.getBoolean(c) ? 1 : 0;
        }
        h += rs.getObject("acceptance_date", LocalDate.class).toEpochDay();
        for (String c : INSTANTS) {
            Instant i = zoned ? instantZoned(rs, c) : instantLocal(rs, c);
            h += i == null ? 0 : i.getNano();
        }
        for (String c : LISTS) {
            h += list(rs.getString(c));
        }
        return h;
    }

    private static Instant instantZoned(ResultSet rs, String c) throws SQLException {
        OffsetDateTime t = rs.getObject(c, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Instant instantLocal(ResultSet rs, String c) throws SQLException {
        java.time.LocalDateTime t = rs.getObject(c, java.time.LocalDateTime.class);
        return t == null ? null : t.toInstant(java.time.ZoneOffset.UTC);
    }

    private static long list(String json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        List<Object> out = new ArrayList<>();
        long h = 0;
        for (JsonNode item : tree) {
            if (item.isObject()) {
                var fields = item.fields();
                while (fields.hasNext()) {
                    var f = fields.next();
                    JsonNode v = f.getValue();
                    if (v.isTextual() && (f.getKey().endsWith("At") || f.getKey().equals("at"))) {
                        out.add(Instant.parse(v.textValue()));
                    } else if (v.isArray()) {
                        v.forEach(x -> out.add(x.textValue()));
                    } else {
                        out.add(v.isNull() ? null : v.asText());
                    }
                }
            } else {
                out.add(item.textValue());
            }
            h += out.size();
        }
        return h;
    }
}
