package dev.wuye.complaint.calendar;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One year of official holiday data: the days a State Council notice (国务院办公厅通知) makes off
 * (statutory holidays) or working (adjusted working days, 调休), as published in the holiday-cn JSON
 * format (<a href="https://github.com/NateScarlet/holiday-cn">holiday-cn</a>, {@code schema.json}):
 * <pre>{@code {"year": 2027, "papers": ["https://www.gov.cn/…"],
 *  "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, …]}}</pre>
 *
 * <p>A year's file may list dates at the edges of the neighbouring years (a New Year holiday that
 * starts on 30 December, for example: December of the year before, January of the year after); they
 * are kept, and {@link #year()} stays the notice's year. Any other date outside the year is refused.
 *
 * @param year    the notice's year, {@value WorkingDayCalendar#MIN_DATA_YEAR}–{@value WorkingDayCalendar#MAX_DATA_YEAR}
 * @param papers  the URLs of the notices the data comes from (may be empty)
 * @param offDay  date → {@code true} when off, {@code false} when an adjusted working day; never empty;
 *                dates within {@code year}, December of {@code year - 1} or January of {@code year + 1}
 * @param source  where the data was read from (a file name), for error messages
 */
public record HolidayCnYear(int year, List<String> papers, NavigableMap<LocalDate, Boolean> offDay, String source) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Checks the components: required ones non-null, numbers in range (the message names field and value). */
    public HolidayCnYear {
        Objects.requireNonNull(source, "source");
        if (year < WorkingDayCalendar.MIN_DATA_YEAR || year > WorkingDayCalendar.MAX_DATA_YEAR) {
            throw new CalendarDataException(source, "year", Integer.toString(year),
                    "must be between " + WorkingDayCalendar.MIN_DATA_YEAR + " and " + WorkingDayCalendar.MAX_DATA_YEAR);
        }
        papers = List.copyOf(Objects.requireNonNullElse(papers, List.of()));
        Objects.requireNonNull(offDay, "offDay");
        if (offDay.isEmpty()) {
            throw new CalendarDataException(source, "days", "[]",
                    "no holidays listed; the State Council notice for " + year + " may not be published yet");
        }
        for (LocalDate d : offDay.keySet()) {
            if (!withinNotice(d, year)) {
                throw new CalendarDataException(source, "days.date", d.toString(), outsideYear(year));
            }
        }
        offDay = Collections.unmodifiableNavigableMap(new TreeMap<>(offDay));
    }

    /**
     * Reads a holiday-cn JSON file.
     *
     * @param file the file, e.g. {@code 2027.json}
     * @return the year's data
     * @throws CalendarDataException the file cannot be read, is not valid JSON or breaks the format;
     *                               the message names the file, the field and the value
     */
    public static HolidayCnYear read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new CalendarDataException(file.toString(), "$", null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads holiday-cn JSON from a stream (not closed).
     *
     * @param in     the JSON
     * @param source a name for error messages, e.g. the file name or URL
     * @return the year's data
     * @throws CalendarDataException the input is not valid JSON or breaks the format
     */
    public static HolidayCnYear read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonParseException e) {
            throw new CalendarDataException(source, "$", null, "not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw new CalendarDataException(source, "$", null, "cannot be read: " + e.getMessage(), e);
        }
        return fromTree(root, source);
    }

    /**
     * Converts a parsed holiday-cn JSON tree.
     *
     * @param root   the parsed document
     * @param source a name for error messages
     * @return the year's data
     * @throws CalendarDataException the tree breaks the format
     */
    static HolidayCnYear fromTree(JsonNode root, String source) {
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new CalendarDataException(source, "$", root == null ? null : abbreviate(root),
                    "must be a JSON object with year, papers and days");
        }
        int year = intField(root, "year", source);
        List<String> papers = stringList(root, "papers", source);
        JsonNode days = root.get("days");
        if (days == null || !days.isArray()) {
            throw new CalendarDataException(source, "days", days == null ? null : abbreviate(days), "must be an array");
        }
        NavigableMap<LocalDate, Boolean> offDay = new TreeMap<>();
        for (int i = 0; i < days.size(); i++) {
            String at = "days[" + i + "]";
            JsonNode day = days.get(i);
            if (!day.isObject()) {
                throw new CalendarDataException(source, at, abbreviate(day), "must be an object with name, date and isOffDay");
            }
            JsonNode name = day.get("name");
            if (name == null || !name.isTextual()) {
                throw new CalendarDataException(source, at + ".name", name == null ? null : abbreviate(name), "must be a string");
            }
            LocalDate date = date(day.get("date"), at + ".date", source);
            if (!withinNotice(date, year)) {
                throw new CalendarDataException(source, at + ".date", date.toString(), outsideYear(year));
            }
            JsonNode off = day.get("isOffDay");
            if (off == null || !off.isBoolean()) {
                throw new CalendarDataException(source, at + ".isOffDay", off == null ? null : abbreviate(off),
                        "must be true or false");
            }
            Boolean before = offDay.put(date, off.booleanValue());
            if (before != null) {
                throw new CalendarDataException(source, at + ".date", date.toString(), before == off.booleanValue()
                        ? "is listed twice"
                        : "is listed twice, both as a day off and as a working day (isOffDay " + before + " and "
                        + off.booleanValue() + ")");
            }
        }
        return new HolidayCnYear(year, papers, offDay, source);
    }

    /** Whether a date may appear in the notice of {@code year}: the year itself, or the December before or January after. */
    static boolean withinNotice(LocalDate d, int year) {
        return d.getYear() == year
                || d.getYear() == year - 1 && d.getMonthValue() == 12
                || d.getYear() == year + 1 && d.getMonthValue() == 1;
    }

    private static String outsideYear(int year) {
        return "is outside the notice's year " + year + " (only " + year + ", December " + (year - 1)
                + " and January " + (year + 1) + " may be listed)";
    }

    static int intField(JsonNode node, String field, String source) {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber() || !(v.isIntegralNumber() || v.asDouble() == Math.rint(v.asDouble()))
                || !v.canConvertToInt()) {
            throw new CalendarDataException(source, field, v == null ? null : abbreviate(v), "must be a whole number");
        }
        return v.asInt();
    }

    static List<String> stringList(JsonNode node, String field, String source) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new CalendarDataException(source, field, abbreviate(v), "must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw new CalendarDataException(source, field + "[" + i + "]", abbreviate(v.get(i)), "must be a string");
            }
            out.add(v.get(i).asText());
        }
        return out;
    }

    static LocalDate date(JsonNode v, String field, String source) {
        if (v == null || !v.isTextual()) {
            throw new CalendarDataException(source, field, v == null ? null : abbreviate(v),
                    "must be an ISO date string (yyyy-MM-dd)");
        }
        return parseDate(v.asText(), field, source);
    }

    static LocalDate parseDate(String text, String field, String source) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CalendarDataException(source, field, '"' + text + '"', "is not an ISO date (yyyy-MM-dd)", e);
        }
    }

    static String abbreviate(JsonNode v) {
        String s = v.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** The off days of this notice (statutory holidays), ascending. */
    public List<LocalDate> daysOff() {
        return select(true);
    }

    /** The adjusted working days (调休) of this notice, ascending. */
    public List<LocalDate> adjustedWorkingDays() {
        return select(false);
    }

    private List<LocalDate> select(boolean off) {
        List<LocalDate> out = new ArrayList<>();
        for (Map.Entry<LocalDate, Boolean> e : offDay.entrySet()) {
            if (e.getValue() == off) {
                out.add(e.getKey());
            }
        }
        return List.copyOf(out);
    }
}
