package dev.wuye.complaint.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Reads the bundled official data {@code china-mainland.json} (derived from holiday-cn, MIT; see
 * {@code NOTICE-holiday-cn.txt} beside it): per notice year, the off days and the adjusted working
 * days as dates or inclusive {@code start/end} ranges.
 */
final class BundledData {

    static final String RESOURCE = "china-mainland.json";

    private BundledData() {
    }

    static List<HolidayCnYear> load() {
        try (InputStream in = BundledData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled calendar resource " + RESOURCE + " is missing from the jar");
            }
            return parse(new ObjectMapper().readTree(in), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled calendar resource " + RESOURCE, e);
        }
    }

    static List<HolidayCnYear> parse(JsonNode root, String source) {
        JsonNode years = root.get("years");
        if (years == null || !years.isArray()) {
            throw new CalendarDataException(source, "years", null, "must be an array");
        }
        List<HolidayCnYear> out = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            JsonNode y = years.get(i);
            String at = "years[" + i + "]";
            int year = HolidayCnYear.intField(y, "year", source);
            NavigableMap<LocalDate, Boolean> offDay = new TreeMap<>();
            addRanges(y, "off", true, offDay, at, source);
            addRanges(y, "on", false, offDay, at, source);
            out.add(new HolidayCnYear(year, HolidayCnYear.stringList(y, "papers", source), offDay, source));
        }
        return out;
    }

    private static void addRanges(JsonNode y, String field, boolean off, NavigableMap<LocalDate, Boolean> into,
                                  String at, String source) {
        List<String> ranges = HolidayCnYear.stringList(y, field, source);
        for (int j = 0; j < ranges.size(); j++) {
            String path = at + "." + field + "[" + j + "]";
            String text = ranges.get(j);
            int slash = text.indexOf('/');
            LocalDate from = HolidayCnYear.parseDate(slash < 0 ? text : text.substring(0, slash), path, source);
            LocalDate to = slash < 0 ? from : HolidayCnYear.parseDate(text.substring(slash + 1), path, source);
            if (to.isBefore(from) || to.toEpochDay() - from.toEpochDay() > 31) {
                throw new CalendarDataException(source, path, text, "is not a range of at most a month, start/end");
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (into.put(d, off) != null) {
                    throw new CalendarDataException(source, path, d.toString(), "is listed twice");
                }
            }
        }
    }
}
