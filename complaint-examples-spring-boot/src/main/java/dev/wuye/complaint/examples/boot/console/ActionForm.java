package dev.wuye.complaint.examples.boot.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wuye.complaint.desk.CaseCommand;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The form a case command needs, derived from its record's components (the actor and the case id are the
 * server's): text for {@code String}, a select of localized labels for an enum, a checkbox for
 * {@code boolean}, a date or date-and-time input for {@code LocalDate} / {@code Instant}, comma-separated text
 * for a list of strings, a number for {@code int}. Posted values become the command's JSON fields, read by the
 * host's strict object mapper as the JSON API reads them.
 */
public final class ActionForm {

    /** The kinds of input. */
    public enum Kind {
        /** One line of text. */
        TEXT,
        /** Several lines of text. */
        TEXTAREA,
        /** A choice among an enum's constants. */
        SELECT,
        /** Yes or no. */
        CHECKBOX,
        /** A date. */
        DATE,
        /** A date and time, in the office's zone. */
        DATETIME,
        /** Comma-separated texts. */
        LIST,
        /** A whole number. */
        NUMBER
    }

    /**
     * One input.
     *
     * @param name    the record component's name (the posted parameter)
     * @param label   the field in words
     * @param kind    the kind of input
     * @param options the choices of a select, else empty
     * @param value   the value to show (after a refused submit)
     */
    public record Field(String name, String label, Kind kind, List<IntakeController.Option> options, String value) {
    }

    /** Components the server fills: who acts and which case. */
    private static final List<String> SERVER_FIELDS = List.of("actor", "caseId");

    /** Texts long enough to want several lines. */
    private static final List<String> LONG_TEXTS = List.of("facts", "analysis", "solution", "result", "reason",
            "remarks", "text", "answer", "reply", "note", "impact", "sameProblemElsewhere");

    private ActionForm() {
    }

    /**
     * The inputs of a command.
     *
     * @param type   the command record
     * @param values posted values to show again; may be empty
     * @param labels words
     * @param locale the reader's locale
     * @return the inputs in the record's order
     */
    public static List<Field> fields(Class<? extends CaseCommand> type, Map<String, String> values, ConsoleLabels labels,
                                     Locale locale) {
        List<Field> fields = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (SERVER_FIELDS.contains(c.getName())) {
                continue;
            }
            Class<?> t = c.getType();
            Kind kind = kind(c);
            List<IntakeController.Option> options = t.isEnum()
                    ? Arrays.stream(t.getEnumConstants()).map(e -> new IntakeController.Option(((Enum<?>) e).name(),
                    labels.of((Enum<?>) e, locale))).toList()
                    : List.of();
            fields.add(new Field(c.getName(), labels.field(c.getName(), locale), kind, options,
                    values.getOrDefault(c.getName(), "")));
        }
        return fields;
    }

    /**
     * The command's JSON fields from posted values; blank inputs are left out (the command's validation names
     * a required one).
     *
     * @param type   the command record
     * @param values the posted values
     * @param json   the object mapper
     * @param zone   the office's zone, for date-and-time inputs
     * @return the fields but the actor and case id
     * @throws IllegalArgumentException a value that cannot be read, naming the field
     */
    public static ObjectNode body(Class<? extends CaseCommand> type, Map<String, String> values, ObjectMapper json,
                                  ZoneId zone) {
        ObjectNode node = json.createObjectNode();
        for (RecordComponent c : type.getRecordComponents()) {
            String name = c.getName();
            if (SERVER_FIELDS.contains(name)) {
                continue;
            }
            String raw = values.get(name);
            Kind kind = kind(c);
            if (kind == Kind.CHECKBOX) {
                node.put(name, raw != null && !raw.isBlank() && !"false".equals(raw));
                continue;
            }
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String v = raw.trim();
            switch (kind) {
                case LIST -> {
                    ArrayNode list = node.putArray(name);
                    Arrays.stream(v.split("[,，、]")).map(String::trim).filter(s -> !s.isEmpty()).forEach(list::add);
                }
                case DATETIME -> {
                    try {
                        node.put(name, LocalDateTime.parse(v).atZone(zone).toInstant().toString());
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException(name + ": " + v, e);
                    }
                }
                case NUMBER -> {
                    try {
                        node.put(name, Integer.parseInt(v));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(name + ": " + v, e);
                    }
                }
                default -> node.put(name, v);
            }
        }
        return node;
    }

    private static Kind kind(RecordComponent c) {
        Class<?> t = c.getType();
        if (t == boolean.class || t == Boolean.class) {
            return Kind.CHECKBOX;
        }
        if (t.isEnum()) {
            return Kind.SELECT;
        }
        if (t == LocalDate.class) {
            return Kind.DATE;
        }
        if (t == Instant.class) {
            return Kind.DATETIME;
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return Kind.NUMBER;
        }
        if (List.class.isAssignableFrom(t) && listOfStrings(c.getGenericType())) {
            return Kind.LIST;
        }
        return LONG_TEXTS.contains(c.getName()) ? Kind.TEXTAREA : Kind.TEXT;
    }

    private static boolean listOfStrings(Type type) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] == String.class;
    }
}
