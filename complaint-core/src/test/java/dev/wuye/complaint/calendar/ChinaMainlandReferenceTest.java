package dev.wuye.complaint.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-checks the bundled data against the reference holiday-cn files, read independently of the
 * library's loader: for every date 2007–2026 the answer must be "the reference lists it (off or
 * working), else Monday to Friday".
 */
class ChinaMainlandReferenceTest {

    /**
     * The reference holiday-cn files (MIT, see {@code holiday-cn/LICENSE}), copied verbatim from the
     * holiday-cn project into the test resources, so that every clone runs the
     * cross-check; they are read here independently of the library's loader.
     */
    private static Path referenceDir() {
        try {
            return Path.of(ChinaMainlandReferenceTest.class.getResource("/holiday-cn/2025.json").toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot locate the reference holiday-cn test resources", e);
        }
    }

    private static Map<LocalDate, Boolean> referenceFacts(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<LocalDate, Boolean> offDay = new HashMap<>();
        for (int year = 2007; year <= 2026; year++) {
            JsonNode root = json.readTree(dir.resolve(year + ".json").toFile());
            assertThat(root.get("year").asInt()).isEqualTo(year);
            for (JsonNode day : root.get("days")) {
                offDay.put(LocalDate.parse(day.get("date").asText()), day.get("isOffDay").asBoolean());
            }
        }
        return offDay;
    }

    @Test
    @DisplayName("every date 2007–2026 agrees with the reference holiday-cn files and the weekday rule")
    void every_date_agrees_with_the_reference() throws IOException {
        Path dir = referenceDir();
        Map<LocalDate, Boolean> offDay = referenceFacts(dir);
        WorkingDayCalendar china = WorkingDayCalendar.chinaMainland();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (LocalDate d = LocalDate.of(2007, 1, 1); d.getYear() <= 2026; d = d.plusDays(1)) {
            boolean expected = offDay.containsKey(d)
                    ? !offDay.get(d)
                    : d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (china.isWorkingDay(d) != expected) {
                mismatches.add(d + " expected " + (expected ? "working" : "off"));
            }
            checked++;
        }
        assertThat(checked).isEqualTo(7305);
        assertThat(mismatches).isEmpty();
    }

    @Test
    @DisplayName("the bundled notices hold exactly the reference files' dates, year by year, with their papers")
    void bundled_notices_equal_the_reference_files() throws IOException {
        Path dir = referenceDir();
        Map<Integer, HolidayCnYear> bundled = new HashMap<>();
        BundledData.load().forEach(y -> bundled.put(y.year(), y));
        assertThat(bundled.keySet()).hasSize(20);
        for (int year = 2007; year <= 2026; year++) {
            HolidayCnYear fromReference = HolidayCnYear.read(dir.resolve(year + ".json"));
            assertThat(bundled.get(year).offDay()).as("year " + year).isEqualTo(fromReference.offDay());
            assertThat(bundled.get(year).papers()).as("papers " + year).isEqualTo(fromReference.papers());
        }
    }
}
