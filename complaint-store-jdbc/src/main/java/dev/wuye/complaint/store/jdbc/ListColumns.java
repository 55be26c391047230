package dev.wuye.complaint.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.NoteEntry;
import dev.wuye.complaint.spi.StoreException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The JSON text of the list columns. Field names are written out here, not derived from the record
 * components, so the stored format is a schema of its own that survives renaming a Java component.
 * Instants are ISO-8601 strings in UTC at microsecond precision, like the timestamp columns.
 */
final class ListColumns {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ListColumns() {
    }

    static String strings(List<String> values) {
        ArrayNode a = MAPPER.createArrayNode();
        values.forEach(a::add);
        return write(a);
    }

    static List<String> strings(String json) {
        List<String> out = new ArrayList<>();
        read(json).forEach(n -> out.add(n.textValue()));
        return out;
    }

    static String cycles(List<HandlingCycle> cycles) {
        ArrayNode a = MAPPER.createArrayNode();
        for (HandlingCycle c : cycles) {
            ObjectNode o = a.addObject();
            o.put("number", c.number());
            ArrayNode handlers = o.putArray("handlerIds");
            c.handlerIds().forEach(handlers::add);
            o.put("assignedBy", c.assignedBy());
            o.put("assignedAt", instant(c.assignedAt()));
            o.put("investigation", c.investigation());
            o.put("onSiteVerified", c.onSiteVerified());
            o.put("analysis", c.analysis());
            o.put("sameProblemElsewhere", c.sameProblemElsewhere());
            o.put("solution", c.solution());
            o.put("solutionProposedBy", c.solutionProposedBy());
            o.put("solutionProposedAt", instant(c.solutionProposedAt()));
            o.put("approvedBy", c.approvedBy());
            o.put("approvedAt", instant(c.approvedAt()));
            o.put("result", c.result());
            o.put("resultSignedBy", c.resultSignedBy());
            o.put("completedAt", instant(c.completedAt()));
        }
        return write(a);
    }

    static List<HandlingCycle> cycles(String json) {
        return map(json, o -> new HandlingCycle(o.get("number").intValue(), strings(o.get("handlerIds")),
                text(o, "assignedBy"), instant(o, "assignedAt"), text(o, "investigation"), bool(o, "onSiteVerified"),
                text(o, "analysis"), text(o, "sameProblemElsewhere"), text(o, "solution"),
                text(o, "solutionProposedBy"), instant(o, "solutionProposedAt"), text(o, "approvedBy"),
                instant(o, "approvedAt"), text(o, "result"), text(o, "resultSignedBy"), instant(o, "completedAt")));
    }

    static String notes(List<NoteEntry> notes) {
        ArrayNode a = MAPPER.createArrayNode();
        for (NoteEntry n : notes) {
            ObjectNode o = a.addObject();
            o.put("at", instant(n.at()));
            o.put("authorId", n.authorId());
            o.put("kind", n.kind());
            o.put("text", n.text());
        }
        return write(a);
    }

    static List<NoteEntry> notes(String json) {
        return map(json, o -> new NoteEntry(instant(o, "at"), text(o, "authorId"), text(o, "kind"), text(o, "text")));
    }

    static String followUps(List<FollowUpEntry> followUps) {
        ArrayNode a = MAPPER.createArrayNode();
        for (FollowUpEntry f : followUps) {
            ObjectNode o = a.addObject();
            o.put("cycle", f.cycle());
            o.put("at", instant(f.at()));
            o.put("byStaffId", f.byStaffId());
            o.put("method", f.method());
            o.put("timely", f.timely());
            o.put("resultSatisfied", f.resultSatisfied());
            o.put("attitudeSatisfied", f.attitudeSatisfied());
            o.put("remarks", f.remarks());
        }
        return write(a);
    }

    static List<FollowUpEntry> followUps(String json) {
        return map(json, o -> new FollowUpEntry(o.get("cycle").intValue(), instant(o, "at"), text(o, "byStaffId"),
                text(o, "method"), bool(o, "timely"), bool(o, "resultSatisfied"), bool(o, "attitudeSatisfied"),
                text(o, "remarks")));
    }

    private static <T> List<T> map(String json, Function<JsonNode, T> f) {
        List<T> out = new ArrayList<>();
        read(json).forEach(n -> out.add(f.apply(n)));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.textValue()));
        return out;
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.textValue();
    }

    private static Boolean bool(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.booleanValue();
    }

    private static Instant instant(JsonNode o, String field) {
        String s = text(o, field);
        return s == null ? null : Instant.parse(s);
    }

    private static String instant(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.MICROS).toString();
    }

    private static String write(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write a list column", e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot read a list column", e);
        }
    }
}
