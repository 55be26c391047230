package dev.wuye.complaint.examples.boot;

import static dev.wuye.complaint.examples.boot.PersonalDataTestSetup.MONDAY_10_AM;
import static dev.wuye.complaint.examples.boot.StaffClient.H_LI;
import static dev.wuye.complaint.examples.boot.StaffClient.R_WANG;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.examples.boot.StaffClient.Answer;
import dev.wuye.complaint.statistics.MonthlyAnalysis;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The monthly table and the statistics count; they never carry a customer's name, phone or address, not even
 * masked — for anyone, the receiver included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:personal-data;DB_CLOSE_DELAY=-1",
        "db-scheduler.enabled=false"})
@AutoConfigureMockMvc
@Import(PersonalDataTestSetup.class)
class StatisticsCarryNoPersonalDataTest {

    static final String NAME = "欧阳明月";
    static final List<String> PERSONAL = List.of(NAME, "欧*", "13912340001", "139****0001", "13912340002",
            "139****0002", "7栋3单元1202", "9栋1单元303", "7栋***", "9栋***");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    ComplaintDesk desk;

    @Autowired
    ObjectMapper json;

    @Test
    @DisplayName("R-4.6.2 a month whose cases have phones and addresses: its monthly table (JSON, core analysis, XLSX) holds none of them")
    void monthlyTableHoldsNoPersonalData() throws Exception {
        clock.set(MONDAY_10_AM);
        StaffClient http = new StaffClient(port, mvc);
        String first = intake(http, "13912340001", "7栋3单元1202");
        intake(http, "13912340002", "9栋1单元303");
        Answer classified = http.post("/api/complaints/" + first + "/classify", R_WANG, Map.of("type", "COMPLAINT",
                "ground", "STAFF_ATTITUDE", "category", "STAFF_ATTITUDE", "major", false));
        assertThat(classified.status()).as(classified.raw()).isEqualTo(200);
        clock.set(MONDAY_10_AM.plusDays(40));

        for (StaffClient.Staff who : List.of(H_LI, R_WANG)) {
            Answer table = http.get("/api/statistics/monthly?month=2025-03&department=C01", who);
            assertThat(table.status()).as(table.raw()).isEqualTo(200);
            Map<String, Object> accepted = table.list("rows").stream()
                    .filter(r -> "ACCEPTED".equals(r.get("metric"))).findFirst().orElseThrow();
            assertThat(((Number) accepted.get("value")).intValue()).as("the month counts the cases")
                    .isGreaterThanOrEqualTo(2);
            assertThat(table.raw()).as("overdue cases are listed by id").contains(first);
            holdsNone(assertThat(table.raw()).as(who.user()));
        }

        MonthlyAnalysis analysis = desk.monthlyTable("C01", YearMonth.of(2025, 3));
        assertThat(analysis.overdue()).as("the table lists the overdue case").anyMatch(o -> o.caseId().equals(first));
        holdsNone(assertThat(json.writeValueAsString(analysis)).as("MonthlyAnalysis as JSON"));
        holdsNone(assertThat(analysis.toString()).as("MonthlyAnalysis.toString"));

        Answer xlsx = http.page("/console/records/monthly-table.xlsx?department=C01&month=2025-03", R_WANG);
        assertThat(xlsx.status()).isEqualTo(200);
        String sheet = XlsxRows.read(xlsx.bytes()).allText();
        assertThat(sheet).contains(first);
        holdsNone(assertThat(sheet).as("the monthly table downloaded in full by the receiver"));
    }

    private String intake(StaffClient http, String phone, String address) {
        Map<String, Object> body = StaffClient.intake(MONDAY_10_AM, phone, address);
        body.put("customer", Map.of("name", NAME, "phone", phone, "address", address));
        Answer created = http.post("/api/complaints", R_WANG, body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return (String) created.json().get("id");
    }

    private static void holdsNone(AbstractStringAssert<?> text) {
        for (String p : PERSONAL) {
            text.doesNotContain(p);
        }
    }
}
