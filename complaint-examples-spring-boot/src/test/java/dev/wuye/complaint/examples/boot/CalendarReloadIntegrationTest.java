package dev.wuye.complaint.examples.boot;

import static dev.wuye.complaint.examples.boot.Api.GMD;
import static dev.wuye.complaint.examples.boot.Api.RECEIVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wuye.complaint.calendar.CalendarDataException;
import dev.wuye.complaint.calendar.HolidayCnYear;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.examples.boot.Api.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The working-day calendar of a running host: {@code wuye.complaint.calendar.data} points at a directory of
 * holiday-cn files; an operator drops next year's notice there and asks for a reload over HTTP. The
 * 2027 file these tests write is a test fixture, not the State Council's notice: it makes Monday
 * 4 January 2027 a day off so that a deadline visibly moves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:calendar-it;DB_CLOSE_DELAY=-1",
        "db-scheduler.enabled=false"})
class CalendarReloadIntegrationTest {

    /** Tuesday 29 December 2026, 10:00 in Shanghai: a working day whose 3-day limit reaches into 2027. */
    static final LocalDateTime TUESDAY_29_DEC_2026 = LocalDateTime.of(2026, 12, 29, 10, 0);
    /** Tuesday 5 January 2027, 10:00. */
    static final LocalDateTime TUESDAY_5_JAN_2027 = LocalDateTime.of(2027, 1, 5, 10, 0);

    /** TEST FIXTURE, not the official notice: 元旦 1–3 January, and a made-up day off on Monday 4 January. */
    static final String FIXTURE_2027 = """
            {"year": 2027,
             "papers": ["TEST FIXTURE of wuye-complaint's Boot host tests, not the State Council notice"],
             "days": [
              {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
              {"name": "元旦", "date": "2027-01-02", "isOffDay": true},
              {"name": "元旦", "date": "2027-01-03", "isOffDay": true},
              {"name": "测试用假日（非官方）", "date": "2027-01-04", "isOffDay": true}
             ]}
            """;

    /** TEST FIXTURE: a 2028 file whose second entry's date does not exist. */
    static final String CORRUPT_2028 = """
            {"year": 2028,
             "papers": ["TEST FIXTURE of wuye-complaint's Boot host tests: a corrupt file"],
             "days": [
              {"name": "元旦", "date": "2028-01-01", "isOffDay": true},
              {"name": "春节", "date": "2028-02-30", "isOffDay": true}
             ]}
            """;

    /** The configured directory; at start-up it holds 2026.json (the bundled 2026 notice, written out). */
    static final Path HOLIDAYS = holidaysDirectory();

    @DynamicPropertySource
    static void calendarData(DynamicPropertyRegistry registry) {
        registry.add("wuye.complaint.calendar.data[0]", HOLIDAYS::toString);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(TUESDAY_29_DEC_2026);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
        clock.set(TUESDAY_29_DEC_2026);
    }

    @AfterAll
    static void removeDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(HOLIDAYS)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    @DisplayName("R-4.7.1 next year's notice reloaded at run time makes 2027 official and moves a department deadline counted over it")
    void reloadedNoticeMovesTheDeadline() {
        Answer before = api.get("/api/admin/calendar", GMD, "en");
        assertThat(before.status()).as(before.raw()).isEqualTo(200);
        assertThat(years(before, "officialYears")).contains(2025, 2026).doesNotContain(2027);
        assertThat(years(before, "provisionalYears")).contains(2027, 2028);

        String id = receivedValidComplaint();
        clock.set(TUESDAY_5_JAN_2027);
        // Provisionally: 12-30, 12-31, [1-1 元旦, weekend], 1-4: due on 4 January, overdue now.
        Map<String, Object> provisional = timeLimitAlert(api.get("/api/sla", RECEIVER, "en"), "overdue", id);
        assertThat(provisional).containsEntry("deadline", "2027-01-04").containsEntry("provisional", true)
                .containsEntry("provisionalYears", List.of(2027));

        write("2027.json", FIXTURE_2027);
        Answer reloaded = api.post("/api/admin/calendar/reload", GMD, "en", Map.of());
        assertThat(reloaded.status()).as(reloaded.raw()).isEqualTo(200);
        assertThat(years(reloaded, "officialYears")).contains(2026, 2027);
        assertThat(years(reloaded, "provisionalYears")).doesNotContain(2027).contains(2028);
        assertThat(api.get("/api/admin/calendar", GMD, "en").body()).isEqualTo(reloaded.body());

        // Officially (the fixture makes 1-4 a day off): 12-30, 12-31, 1-5: due today, no longer overdue.
        Answer sla = api.get("/api/sla", RECEIVER, "en");
        assertThat(alerts(sla, "overdue")).noneMatch(a -> id.equals(a.get("caseId")) && "TIME_LIMIT".equals(a.get("clock")));
        assertThat(timeLimitAlert(sla, "dueSoon", id)).containsEntry("deadline", "2027-01-05")
                .containsEntry("provisional", false).containsEntry("provisionalYears", List.of());
    }

    @Test
    @DisplayName("A corrupt notice file is refused with a 422 problem naming the file and the entry, and the calendar in use is unchanged")
    void corruptNoticeIsRefusedAndChangesNothing() {
        Map<String, Object> before = api.get("/api/admin/calendar", GMD, "en").body();
        Path corrupt = write("2028.json", CORRUPT_2028);
        try {
            Answer en = api.post("/api/admin/calendar/reload", GMD, "en", Map.of());
            assertThat(en.status()).as(en.raw()).isEqualTo(422);
            assertThat(en.body()).containsEntry("type", "https://wuye.dev/problems/calendar-data-refused")
                    .containsEntry("status", 422).containsEntry("source", corrupt.toString())
                    .containsEntry("field", "days[1].date");
            assertThat((String) en.body().get("detail")).contains(corrupt.toString()).contains("days[1].date")
                    .contains("2028-02-30");

            Answer zh = api.post("/api/admin/calendar/reload", GMD, "zh-CN", Map.of());
            assertThat(zh.status()).isEqualTo(422);
            assertThat((String) zh.body().get("title")).containsPattern("\\p{IsHan}");
            assertThat((String) zh.body().get("detail")).contains(corrupt.toString()).contains("days[1].date");

            Answer after = api.get("/api/admin/calendar", GMD, "en");
            assertThat(after.body()).isEqualTo(before);
            assertThat(years(after, "provisionalYears")).contains(2028);
        } finally {
            delete(corrupt);
        }
    }

    @Test
    @DisplayName("A bad notice file at a configured location stops the start-up with the library's message naming the file and the entry")
    void badNoticeStopsTheStartUp() throws IOException {
        Path dir = Files.createTempDirectory("wuye-holidays-bad");
        try {
            Path bad = dir.resolve("2028.json");
            Files.writeString(bad, CORRUPT_2028, StandardCharsets.UTF_8);
            SpringApplicationBuilder app = new SpringApplicationBuilder(ComplaintServiceApplication.class);
            Throwable failure = catchThrowable(() -> app.run(
                    "--spring.datasource.url=jdbc:h2:mem:calendar-bad;DB_CLOSE_DELAY=-1",
                    "--db-scheduler.enabled=false", "--server.port=0", "--wuye.complaint.calendar.data[0]=" + dir));
            assertThat(failure).isNotNull();
            Throwable refused = failure;
            while (refused != null && !(refused instanceof CalendarDataException)) {
                refused = refused.getCause();
            }
            assertThat(refused).as("a CalendarDataException among the causes of %s", failure)
                    .isInstanceOf(CalendarDataException.class)
                    .hasMessageContaining(bad.toString()).hasMessageContaining("days[1].date")
                    .hasMessageContaining("2028-02-30");
        } finally {
            delete(dir.resolve("2028.json"));
            delete(dir);
        }
    }

    String receivedValidComplaint() {
        Answer created = api.post("/api/complaints", RECEIVER, "zh-CN", Api.phoneComplaint(TUESDAY_29_DEC_2026));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = (String) created.body().get("id");
        Answer classified = api.post("/api/complaints/" + id + "/classify", RECEIVER, "zh-CN",
                Map.of("type", "COMPLAINT", "ground", "STAFF_ATTITUDE", "category", "STAFF_ATTITUDE", "major", false));
        assertThat(classified.status()).as(classified.raw()).isEqualTo(200);
        return id;
    }

    @SuppressWarnings("unchecked")
    static List<Integer> years(Answer a, String field) {
        return (List<Integer>) a.body().get(field);
    }

    static List<Map<String, Object>> alerts(Answer sla, String list) {
        assertThat(sla.status()).as(sla.raw()).isEqualTo(200);
        return sla.list(list);
    }

    static Map<String, Object> timeLimitAlert(Answer sla, String list, String caseId) {
        return alerts(sla, list).stream()
                .filter(a -> caseId.equals(a.get("caseId")) && "TIME_LIMIT".equals(a.get("clock")))
                .findFirst().orElseThrow(() -> new AssertionError("no TIME_LIMIT alert of " + caseId + " in "
                        + list + ": " + sla.raw()));
    }

    static Path write(String name, String json) {
        try {
            return Files.writeString(HOLIDAYS.resolve(name), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A temporary directory holding 2026.json: the bundled official 2026 notice in holiday-cn's shape. */
    private static Path holidaysDirectory() {
        HolidayCnYear y2026 = WorkingDayCalendar.chinaMainland().officialData().get(2026);
        List<Map<String, Object>> days = new ArrayList<>();
        y2026.offDay().forEach((date, off) -> days.add(Map.of("name", "2026", "date", date.toString(),
                "isOffDay", off)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("year", 2026);
        json.put("papers", y2026.papers());
        json.put("days", days);
        try {
            Path dir = Files.createTempDirectory("wuye-holidays");
            Files.writeString(dir.resolve("2026.json"), Api.JSON.writeValueAsString(json), StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
