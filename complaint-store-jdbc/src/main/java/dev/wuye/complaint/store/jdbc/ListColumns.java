package dev.wuye.complaint.store.jdbc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
        return objects(json, p -> {
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
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                JsonToken t = p.nextToken();
                switch (field) {
                    case "number" -> number = p.getIntValue();
                    case "handlerIds" -> handlerIds = t == JsonToken.START_ARRAY ? strings(p) : List.of();
                    case "assignedBy" -> assignedBy = text(p, t);
                    case "assignedAt" -> assignedAt = instant(p, t);
                    case "investigation" -> investigation = text(p, t);
                    case "onSiteVerified" -> onSiteVerified = bool(t);
                    case "analysis" -> analysis = text(p, t);
                    case "sameProblemElsewhere" -> sameProblemElsewhere = text(p, t);
                    case "solution" -> solution = text(p, t);
                    case "solutionProposedBy" -> solutionProposedBy = text(p, t);
                    case "solutionProposedAt" -> solutionProposedAt = instant(p, t);
                    case "approvedBy" -> approvedBy = text(p, t);
                    case "approvedAt" -> approvedAt = instant(p, t);
                    case "result" -> result = text(p, t);
                    case "resultSignedBy" -> resultSignedBy = text(p, t);
                    case "completedAt" -> completedAt = instant(p, t);
                    default -> p.skipChildren();
                }
            }
            return new HandlingCycle(number, handlerIds, assignedBy, assignedAt, investigation, onSiteVerified,
                    analysis, sameProblemElsewhere, solution, solutionProposedBy, solutionProposedAt, approvedBy,
                    approvedAt, result, resultSignedBy, completedAt);
        });
    }

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
        return objects(json, p -> {
            Instant at = null;
            String authorId = null;
            String kind = null;
            String text = null;
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                JsonToken t = p.nextToken();
                switch (field) {
                    case "at" -> at = instant(p, t);
                    case "authorId" -> authorId = text(p, t);
                    case "kind" -> kind = text(p, t);
                    case "text" -> text = text(p, t);
                    default -> p.skipChildren();
                }
            }
            return new NoteEntry(at, authorId, kind, text);
        });
    }

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
        return objects(json, p -> {
            int cycle = 0;
            Instant at = null;
            String byStaffId = null;
            String method = null;
            Boolean timely = null;
            Boolean resultSatisfied = null;
            Boolean attitudeSatisfied = null;
            String remarks = null;
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                JsonToken t = p.nextToken();
                switch (field) {
                    case "cycle" -> cycle = p.getIntValue();
                    case "at" -> at = instant(p, t);
                    case "byStaffId" -> byStaffId = text(p, t);
                    case "method" -> method = text(p, t);
                    case "timely" -> timely = bool(t);
                    case "resultSatisfied" -> resultSatisfied = bool(t);
                    case "attitudeSatisfied" -> attitudeSatisfied = bool(t);
                    case "remarks" -> remarks = text(p, t);
                    default -> p.skipChildren();
                }
            }
            return new FollowUpEntry(cycle, at, byStaffId, method, timely, resultSatisfied, attitudeSatisfied, remarks);
        });
    }

    /** Reads one object of a list column; the parser stands on its START_OBJECT. */
    @FunctionalInterface
    private interface ObjectReader<T> {
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
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new StoreException("cannot read a list column: not a JSON array");
            }
            List<T> out = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.START_OBJECT) {
                    throw new StoreException("cannot read a list column: " + t + " where an object belongs");
                }
                out.add(reader.read(p));
            }
            return out;
        } catch (IOException e) {
            throw unreadable(e);
        }
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

    private static String text(JsonParser p, JsonToken t) throws IOException {
        return t == JsonToken.VALUE_NULL ? null : p.getText();
    }

    private static Boolean bool(JsonToken t) {
        return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }

    private static Instant instant(JsonParser p, JsonToken t) throws IOException {
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
