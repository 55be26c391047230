// Over 400 lines on purpose: the stored format of every list column, each list's writer beside its readers
// (full and from bytes), so a field added to one side is seen on the other.
package dev.wuye.complaint.store.jdbc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.NoteEntry;
import dev.wuye.complaint.spi.StoreException;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON text of the list columns. Field names are written out here, not derived from the record
 * components, so the stored format is a schema of its own that survives renaming a Java component.
 * Instants are ISO-8601 strings in UTC at microsecond precision, like the timestamp columns. Reading is
 * token by token with Jackson's streaming parser (a scan decodes these columns for every case it reads).
 */
final class ListColumns {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = MAPPER.getFactory();

    private ListColumns() {
    }

    /** The fields of a cycle, a note and a follow-up, in the order the writers below put them. */
    static final Fields CYCLE = new Fields("number", "handlerIds", "assignedBy", "assignedAt", "investigation",
            "onSiteVerified", "analysis", "sameProblemElsewhere", "solution", "solutionProposedBy", "solutionProposedAt",
            "approvedBy", "approvedAt", "result", "resultSignedBy", "completedAt");
    /** The fields of a cycle digest as earlier versions wrote it in JSON ({@link CycleDigests}), in their order. */
    static final Fields CYCLE_DIGEST = new Fields("number", "assignedAt", "completedAt");
    private static final Fields NOTE = new Fields("at", "authorId", "kind", "text");
    static final Fields FOLLOW_UP = new Fields("cycle", "at", "byStaffId", "method", "timely",
            "resultSatisfied", "attitudeSatisfied", "remarks");

    static String strings(List<String> values) {
        return array(values, JsonGenerator::writeString);
    }

    static List<String> strings(String json) {
        if (EMPTY.equals(json)) {
            return List.of();
        }
        try (JsonParser p = parser(json)) {
            return strings(p);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** As {@link #strings(String)}, from the column's UTF-8 bytes. */
    static List<String> strings(byte[] json) {
        if (json != null && json.length == 2 && json[0] == '[' && json[1] == ']') {
            return List.of();
        }
        try (JsonParser p = JSON.createParser(json)) {
            return strings(p);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    static String cycles(List<HandlingCycle> cycles) {
        return array(cycles, (g, c) -> {
            g.writeStartObject();
            g.writeNumberField("number", c.number());
            g.writeArrayFieldStart("handlerIds");
            for (String handler : c.handlerIds()) {
                g.writeString(handler);
            }
            g.writeEndArray();
            g.writeStringField("assignedBy", c.assignedBy());
            g.writeStringField("assignedAt", instant(c.assignedAt()));
            g.writeStringField("investigation", c.investigation());
            bool(g, "onSiteVerified", c.onSiteVerified());
            g.writeStringField("analysis", c.analysis());
            g.writeStringField("sameProblemElsewhere", c.sameProblemElsewhere());
            g.writeStringField("solution", c.solution());
            g.writeStringField("solutionProposedBy", c.solutionProposedBy());
            g.writeStringField("solutionProposedAt", instant(c.solutionProposedAt()));
            g.writeStringField("approvedBy", c.approvedBy());
            g.writeStringField("approvedAt", instant(c.approvedAt()));
            g.writeStringField("result", c.result());
            g.writeStringField("resultSignedBy", c.resultSignedBy());
            g.writeStringField("completedAt", instant(c.completedAt()));
            g.writeEndObject();
        });
    }

    static List<HandlingCycle> cycles(String json) {
        return objects(json, CYCLE_READER);
    }

    /** As {@link #cycles(String)}, from the column's UTF-8 bytes. */
    static List<HandlingCycle> cycles(byte[] json) {
        return objects(json, CYCLE_READER);
    }

    /** Reads a handling cycle; the parser stands on its START_OBJECT. */
    private static final ObjectReader<HandlingCycle> CYCLE_READER = p -> {
        int number = 0;
        List<String> handlerIds = List.of();
        String assignedBy = null;
        Instant assignedAt = null;
        String investigation = null;
        Boolean onSiteVerified = null;
        String analysis = null;
        String sameProblemElsewhere = null;
        String solution = null;
        String solutionProposedBy = null;
        Instant solutionProposedAt = null;
        String approvedBy = null;
        Instant approvedAt = null;
        String result = null;
        String resultSignedBy = null;
        Instant completedAt = null;
        for (int field = CYCLE.next(p, 0); field != Fields.END; field = CYCLE.next(p, field + 1)) {
            JsonToken t = p.nextToken();
            switch (field) {
                case 0 -> number = p.getIntValue();
                case 1 -> handlerIds = t == JsonToken.START_ARRAY ? strings(p) : List.of();
                case 2 -> assignedBy = text(p, t);
                case 3 -> assignedAt = instant(p, t);
                case 4 -> investigation = text(p, t);
                case 5 -> onSiteVerified = bool(t);
                case 6 -> analysis = text(p, t);
                case 7 -> sameProblemElsewhere = text(p, t);
                case 8 -> solution = text(p, t);
                case 9 -> solutionProposedBy = text(p, t);
                case 10 -> solutionProposedAt = instant(p, t);
                case 11 -> approvedBy = text(p, t);
                case 12 -> approvedAt = instant(p, t);
                case 13 -> result = text(p, t);
                case 14 -> resultSignedBy = text(p, t);
                case 15 -> completedAt = instant(p, t);
                default -> p.skipChildren();
            }
        }
        return new HandlingCycle(number, handlerIds, assignedBy, assignedAt, investigation, onSiteVerified,
                analysis, sameProblemElsewhere, solution, solutionProposedBy, solutionProposedAt, approvedBy,
                approvedAt, result, resultSignedBy, completedAt);
    };

    static String notes(List<NoteEntry> notes) {
        return array(notes, (g, n) -> {
            g.writeStartObject();
            g.writeStringField("at", instant(n.at()));
            g.writeStringField("authorId", n.authorId());
            g.writeStringField("kind", n.kind());
            g.writeStringField("text", n.text());
            g.writeEndObject();
        });
    }

    static List<NoteEntry> notes(String json) {
        return objects(json, NOTE_READER);
    }

    /** As {@link #notes(String)}, from the column's UTF-8 bytes. */
    static List<NoteEntry> notes(byte[] json) {
        return objects(json, NOTE_READER);
    }

    /** Reads a note; the parser stands on its START_OBJECT. */
    private static final ObjectReader<NoteEntry> NOTE_READER = p -> {
        Instant at = null;
        String authorId = null;
        String kind = null;
        String text = null;
        for (int field = NOTE.next(p, 0); field != Fields.END; field = NOTE.next(p, field + 1)) {
            JsonToken t = p.nextToken();
            switch (field) {
                case 0 -> at = instant(p, t);
                case 1 -> authorId = text(p, t);
                case 2 -> kind = text(p, t);
                case 3 -> text = text(p, t);
                default -> p.skipChildren();
            }
        }
        return new NoteEntry(at, authorId, kind, text);
    };

    static String followUps(List<FollowUpEntry> followUps) {
        return array(followUps, (g, f) -> {
            g.writeStartObject();
            g.writeNumberField("cycle", f.cycle());
            g.writeStringField("at", instant(f.at()));
            g.writeStringField("byStaffId", f.byStaffId());
            g.writeStringField("method", f.method());
            bool(g, "timely", f.timely());
            bool(g, "resultSatisfied", f.resultSatisfied());
            bool(g, "attitudeSatisfied", f.attitudeSatisfied());
            g.writeStringField("remarks", f.remarks());
            g.writeEndObject();
        });
    }

    static List<FollowUpEntry> followUps(String json) {
        return objects(json, FOLLOW_UP_READER);
    }

    /** As {@link #followUps(String)}, from the column's UTF-8 bytes. */
    static List<FollowUpEntry> followUps(byte[] json) {
        return objects(json, FOLLOW_UP_READER);
    }

    /** Reads a follow-up; the parser stands on its START_OBJECT. */
    private static final ObjectReader<FollowUpEntry> FOLLOW_UP_READER = p -> {
        int cycle = 0;
        Instant at = null;
        String byStaffId = null;
        String method = null;
        Boolean timely = null;
        Boolean resultSatisfied = null;
        Boolean attitudeSatisfied = null;
        String remarks = null;
        for (int field = FOLLOW_UP.next(p, 0); field != Fields.END; field = FOLLOW_UP.next(p, field + 1)) {
            JsonToken t = p.nextToken();
            switch (field) {
                case 0 -> cycle = p.getIntValue();
                case 1 -> at = instant(p, t);
                case 2 -> byStaffId = text(p, t);
                case 3 -> method = text(p, t);
                case 4 -> timely = bool(t);
                case 5 -> resultSatisfied = bool(t);
                case 6 -> attitudeSatisfied = bool(t);
                case 7 -> remarks = text(p, t);
                default -> p.skipChildren();
            }
        }
        return new FollowUpEntry(cycle, at, byStaffId, method, timely, resultSatisfied, attitudeSatisfied, remarks);
    };

    /**
     * The field names of one kind of object, numbered in written order. The next name is first matched
     * against the one expected after the previous field ({@link JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)}
     * compares the characters in place, with no symbol-table lookup); a name out of that order, or one
     * this version does not know, is looked up by name.
     */
    static final class Fields {
        /** No further field: the object ended. */
        static final int END = -1;
        /** A field this version does not read. */
        static final int UNKNOWN = -2;

        private final SerializedString[] names;

        Fields(String... names) {
            this.names = new SerializedString[names.length];
            for (int i = 0; i < names.length; i++) {
                this.names[i] = new SerializedString(names[i]);
            }
        }

        /**
         * Advances to the next field name; returns its number, {@link #UNKNOWN}, or {@link #END} at the end of
         * the object.
         *
         * @param p        the parser, before a field name or the object's end
         * @param expected the number of the field the writer puts next
         */
        int next(JsonParser p, int expected) throws IOException {
            if (expected >= 0 && expected < names.length) {
                if (p.nextFieldName(names[expected])) {
                    return expected;
                }
            } else {
                p.nextToken();
            }
            if (p.currentToken() != JsonToken.FIELD_NAME) {
                return END;
            }
            String name = p.currentName();
            for (int i = 0; i < names.length; i++) {
                if (names[i].getValue().equals(name)) {
                    return i;
                }
            }
            return UNKNOWN;
        }
    }

    /** Reads one object of a list column; the parser stands on its START_OBJECT. */
    @FunctionalInterface
    interface ObjectReader<T> {
        T read(JsonParser p) throws IOException;
    }

    /** An empty list as written: read without a parser (creating one costs more than most short lists). */
    private static final String EMPTY = "[]";

    private static JsonParser parser(String json) throws IOException {
        return JSON.createParser(json);
    }

    /** A JSON array of objects, read token by token: no tree, no intermediate strings. */
    private static <T> List<T> objects(String json, ObjectReader<T> reader) {
        if (EMPTY.equals(json)) {
            return List.of();
        }
        try (JsonParser p = parser(json)) {
            return objects(p, reader);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /**
     * As {@link #objects(String, ObjectReader)}, from UTF-8 bytes: Jackson decodes only the values it returns,
     * instead of the driver decoding the whole column into a string first.
     */
    static <T> List<T> objects(byte[] json, ObjectReader<T> reader) {
        if (json != null && json.length == 2 && json[0] == '[' && json[1] == ']') {
            return List.of();
        }
        try (JsonParser p = JSON.createParser(json)) {
            return objects(p, reader);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** A JSON array of objects, read token by token: no tree, no intermediate strings. */
    private static <T> List<T> objects(JsonParser p, ObjectReader<T> reader) throws IOException {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw new StoreException("cannot read a list column: not a JSON array");
        }
        // Most lists hold one or two objects: those become List.of(…), which a snapshot keeps without a copy.
        T first = null;
        T second = null;
        List<T> out = null;
        int n = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
                throw new StoreException("cannot read a list column: " + t + " where an object belongs");
            }
            T element = reader.read(p);
            if (n == 0) {
                first = element;
            } else if (n == 1) {
                second = element;
            } else {
                if (out == null) {
                    out = new ArrayList<>();
                    out.add(first);
                    out.add(second);
                }
                out.add(element);
            }
            n++;
        }
        if (p.nextToken() != null) {
            throw new StoreException("cannot read a list column: text after the array");
        }
        return n == 0 ? List.of() : n == 1 ? List.of(first) : n == 2 ? List.of(first, second) : out;
    }

    /** A JSON array of strings; the parser stands before (or on) its START_ARRAY. */
    private static List<String> strings(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY && p.nextToken() != JsonToken.START_ARRAY) {
            throw new StoreException("cannot read a list column: not a JSON array");
        }
        List<String> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            out.add(t == JsonToken.VALUE_NULL ? null : p.getText());
        }
        return out;
    }

    static String text(JsonParser p, JsonToken t) throws IOException {
        return t == JsonToken.VALUE_NULL ? null : p.getText();
    }

    private static Boolean bool(JsonToken t) {
        return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }

    static Instant instant(JsonParser p, JsonToken t) throws IOException {
        return t == JsonToken.VALUE_NULL ? null : Instants.parse(p.getText());
    }

    private static StoreException unreadable(IOException e) {
        return new StoreException("cannot read a list column", e);
    }

    private static String instant(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.MICROS).toString();
    }

    /** How one element of a list column is written. */
    @FunctionalInterface
    private interface ElementWriter<T> {
        void write(JsonGenerator g, T element) throws IOException;
    }

    /**
     * A list as a JSON array, written token by token (no tree of nodes in between); {@code null} texts
     * and flags as JSON {@code null}, no white space.
     */
    private static <T> String array(List<T> elements, ElementWriter<T> writer) {
        if (elements.isEmpty()) {
            return EMPTY;
        }
        StringWriter out = new StringWriter(128 * elements.size());
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (T element : elements) {
                writer.write(g, element);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new StoreException("cannot write a list column", e);
        }
        return out.toString();
    }

    private static void bool(JsonGenerator g, String field, Boolean value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeBooleanField(field, value);
        }
    }

}
