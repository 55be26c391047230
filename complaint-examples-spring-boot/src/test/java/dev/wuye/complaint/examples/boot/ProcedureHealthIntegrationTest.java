package dev.wuye.complaint.examples.boot;

import static dev.wuye.complaint.examples.boot.Api.RECEIVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wuye.complaint.calendar.HolidayCnYear;
import dev.wuye.complaint.calendar.LiveCalendar;
import dev.wuye.complaint.examples.boot.Api.Answer;
import dev.wuye.complaint.examples.boot.sla.SlaScanJob;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.Storage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;

/**
 * {@code /actuator/health}: the {@code procedure} component turns WARNING when, from 1 December on,
 * next year's holiday notice is missing, or when the last SLA scan could not evaluate a case — and is
 * UP otherwise. Each test starts its own context (it changes the calendar or the store).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:health-it;DB_CLOSE_DELAY=-1",
        "db-scheduler.enabled=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ProcedureHealthIntegrationTest {

    /** Friday 20 November 2026, 10:00 in Shanghai: before December, 2027's notice may still be missing. */
    static final LocalDateTime NOVEMBER_20 = LocalDateTime.of(2026, 11, 20, 10, 0);
    /** Wednesday 2 December 2026, 10:00: from now on a missing 2027 notice is a warning. */
    static final LocalDateTime DECEMBER_2 = LocalDateTime.of(2026, 12, 2, 10, 0);

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOVEMBER_20);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    LiveCalendar calendar;

    @Autowired
    SlaScanJob scans;

    @Autowired
    Storage storage;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
        clock.set(NOVEMBER_20);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> procedure(Answer health) {
        return (Map<String, Object>) ((Map<String, Object>) health.body().get("components")).get("procedure");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(Answer health) {
        return (Map<String, Object>) procedure(health).get("details");
    }

    @Test
    @DisplayName("R-4.7 from 1 December a missing notice for next year is a WARNING (HTTP 200) naming the year; loading it makes the procedure UP")
    void nextYearsNoticeFromDecember() {
        Answer november = api.get("/actuator/health", null, "en");
        assertThat(november.status()).as(november.raw()).isEqualTo(200);
        assertThat(procedure(november)).containsEntry("status", "UP");
        assertThat(details(november)).containsEntry("lastOfficialYear", 2026).containsEntry("nextYearOfficial", false);

        clock.set(DECEMBER_2);
        Answer december = api.get("/actuator/health", null, "en");
        assertThat(december.status()).as(december.raw()).isEqualTo(200);
        assertThat(december.body()).containsEntry("status", "WARNING");
        assertThat(procedure(december)).containsEntry("status", "WARNING");
        assertThat(details(december)).containsEntry("provisionalYears", List.of(2027, 2028));
        assertThat((List<String>) details(december).get("warnings")).singleElement().asString()
                .contains("no official holiday notice for 2027");

        // A notice for 2027 (a TEST FIXTURE, not the State Council's): 元旦 only.
        String notice = "{\"year\": 2027, \"papers\": [\"TEST FIXTURE, not the State Council notice\"],"
                + " \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}]}";
        calendar.add(List.of(HolidayCnYear.read(
                new ByteArrayInputStream(notice.getBytes(StandardCharsets.UTF_8)), "test-fixture-2027.json")));
        Answer loaded = api.get("/actuator/health", null, "en");
        assertThat(procedure(loaded)).containsEntry("status", "UP");
        assertThat(details(loaded)).containsEntry("lastOfficialYear", 2027).containsEntry("nextYearOfficial", true);
    }

    @Test
    @DisplayName("R-4.7.1 a case the last SLA scan could not evaluate turns the procedure WARNING, with the count")
    void unevaluableCaseFromTheLastScan() {
        String id = receivedValidComplaint();
        CaseSnapshot valid = storage.cases().findById(id).orElseThrow();
        // A row no command writes: a state code no version of the library knows.
        storage.cases().save(valid.toBuilder().id("BAD-STATE").idempotencyKey("planted-BAD-STATE").version(1).nextDueAt(null)
                .state("LOST_IN_MIGRATION").build(), 0, List.of());

        SlaScanJob.Result result = scans.runOnce();
        assertThat(result.found()).isGreaterThanOrEqualTo(1);

        Answer health = api.get("/actuator/health", null, "en");
        assertThat(health.status()).as(health.raw()).isEqualTo(200);
        assertThat(procedure(health)).containsEntry("status", "WARNING");
        assertThat(details(health)).containsEntry("lastScanUnevaluableCases", 1);
        assertThat((List<String>) details(health).get("warnings")).singleElement().asString()
                .contains("1 case(s) could not be evaluated");
    }

    private String receivedValidComplaint() {
        Answer created = api.post("/api/complaints", RECEIVER, "zh-CN", Api.phoneComplaint(NOVEMBER_20));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return (String) created.body().get("id");
    }
}
