package dev.wuye.complaint.examples.boot;

import static dev.wuye.complaint.examples.boot.PersonalDataTestSetup.MONDAY_10_AM;
import static dev.wuye.complaint.examples.boot.StaffClient.H_LI;
import static dev.wuye.complaint.examples.boot.StaffClient.R_WANG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wuye.complaint.examples.boot.StaffClient.Answer;
import dev.wuye.complaint.examples.boot.sla.SlaScanJob;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Nothing the host logs holds a customer's phone number or address in full: the whole output of an
 * intake, a refused and an unreadable intake, a customer update and an SLA scan that logs its alerts, with
 * the library's own loggers at DEBUG, is searched for them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:personal-data-logs;DB_CLOSE_DELAY=-1",
        "db-scheduler.enabled=false",
        "logging.level.dev.wuye=DEBUG"})
@AutoConfigureMockMvc
@Import(PersonalDataTestSetup.class)
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLogTest {

    static final String PHONE = "13812345678";
    static final String ADDRESS = "3栋2单元501";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    SlaScanJob scan;

    @Test
    @DisplayName("intake, refusals, a customer update and a logged SLA alert: the output never holds 13812345678 nor 3栋2单元501")
    void logsHoldNoPersonalDataInFull(CapturedOutput output) {
        clock.set(MONDAY_10_AM);
        StaffClient http = new StaffClient(port, mvc);

        Answer created = http.post("/api/complaints", R_WANG, StaffClient.intake(MONDAY_10_AM, PHONE, ADDRESS));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = (String) created.json().get("id");
        step(http, id, "classify", R_WANG, Map.of("type", "COMPLAINT", "ground", "STAFF_ATTITUDE",
                "category", "STAFF_ATTITUDE", "major", false));
        step(http, id, "assign", H_LI, Map.of("handlerIds", List.of("hd-zhao")));
        step(http, id, "customer-update", R_WANG, Map.of("text", "已致电" + PHONE + "告知处理进度，将上门至" + ADDRESS));

        Map<String, Object> tooLong = StaffClient.intake(MONDAY_10_AM, PHONE.repeat(7), ADDRESS);
        Answer refused = http.post("/api/complaints", R_WANG, tooLong);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        Map<String, Object> unreadable = StaffClient.intake(MONDAY_10_AM, PHONE, ADDRESS);
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("name", "张三丰");
        customer.put("phone", List.of(Long.parseLong(PHONE)));
        customer.put("address", ADDRESS);
        unreadable.put("customer", customer);
        Answer unread = http.post("/api/complaints", R_WANG, unreadable);
        assertThat(unread.status()).as(unread.raw()).isEqualTo(400);

        clock.advance(Duration.ofDays(14));
        SlaScanJob.Result result = scan.runOnce();
        assertThat(result.delivered()).as("the scan logged alerts").isPositive();

        assertThat(output.getAll()).as("the scenario was logged")
                .contains("SLA ").contains("of case " + id).contains("Assign accepted: case " + id);
        assertThat(output.getAll()).doesNotContain(PHONE).doesNotContain(ADDRESS);
    }

    private static void step(StaffClient http, String id, String command, StaffClient.Staff who, Object body) {
        Answer a = http.post("/api/complaints/" + id + "/" + command, who, body);
        assertThat(a.status()).as(command + ": " + a.raw()).isEqualTo(200);
    }
}
