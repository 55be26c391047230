package dev.wuye.complaint.examples.boot;

import static dev.wuye.complaint.examples.boot.PersonalDataTestSetup.MONDAY_10_AM;
import static dev.wuye.complaint.examples.boot.StaffClient.GM_ZHENG;
import static dev.wuye.complaint.examples.boot.StaffClient.G_ZHOU;
import static dev.wuye.complaint.examples.boot.StaffClient.HD_ZHAO;
import static dev.wuye.complaint.examples.boot.StaffClient.H_LI;
import static dev.wuye.complaint.examples.boot.StaffClient.R_CHEN;
import static dev.wuye.complaint.examples.boot.StaffClient.R_WANG;
import static dev.wuye.complaint.examples.boot.StaffClient.S_QIAN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wuye.complaint.examples.boot.StaffClient.Answer;
import dev.wuye.complaint.examples.boot.StaffClient.Staff;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Who sees a customer's phone and address in full, over HTTP as each example user: the case's receiver and
 * its assigned handler on the case view; nobody in a list; in the clause-5 downloads only the department's
 * receivers and duty officers. Expected values by hand: {@code 13812345678 → 138****5678},
 * {@code 3栋2单元501 → 3栋***}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:personal-data;DB_CLOSE_DELAY=-1",
        "db-scheduler.enabled=false"})
@AutoConfigureMockMvc
@Import(PersonalDataTestSetup.class)
class PersonalDataMaskingTest {

    static final String PHONE = "13812345678";
    static final String PHONE_MASKED = "138****5678";
    static final String ADDRESS = "3栋2单元501";
    static final String ADDRESS_MASKED = "3栋***";
    static final String RECORDS = "/console/records/intake-log.xlsx?department=C01&month=2025-03";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    StaffClient http;

    @BeforeEach
    void connect() {
        http = new StaffClient(port, mvc);
        clock.set(MONDAY_10_AM);
    }

    /** r-wang, receiver of C01, takes a phone call in office hours: the case's receiver. */
    String received() {
        Answer created = http.post("/api/complaints", R_WANG, StaffClient.intake(MONDAY_10_AM, PHONE, ADDRESS));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return (String) created.json().get("id");
    }

    /** Received, classified a valid complaint by r-wang, assigned to hd-zhao by h-li. */
    String assigned() {
        String id = received();
        Answer classified = http.post("/api/complaints/" + id + "/classify", R_WANG, Map.of("type", "COMPLAINT",
                "ground", "STAFF_ATTITUDE", "category", "STAFF_ATTITUDE", "major", false));
        assertThat(classified.status()).as(classified.raw()).isEqualTo(200);
        Answer assigned = http.post("/api/complaints/" + id + "/assign", H_LI, Map.of("handlerIds", List.of("hd-zhao")));
        assertThat(assigned.status()).as(assigned.raw()).isEqualTo(200);
        assertThat(assigned.customer()).as("the case the head's command answers with")
                .containsEntry("phone", PHONE_MASKED).containsEntry("address", ADDRESS_MASKED);
        return id;
    }

    Map<String, Object> customerAsSeenBy(String id, Staff who) {
        Answer got = http.get("/api/complaints/" + id, who);
        assertThat(got.status()).as(got.raw()).isEqualTo(200);
        return got.customer();
    }

    @Test
    @DisplayName("the case's receiver sees the phone and address in full: in the intake's answer and on the case view")
    void receiverSeesInFull() {
        Answer created = http.post("/api/complaints", R_WANG, StaffClient.intake(MONDAY_10_AM, PHONE, ADDRESS));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.customer()).containsEntry("phone", PHONE).containsEntry("address", ADDRESS);

        String id = (String) created.json().get("id");
        assertThat(customerAsSeenBy(id, R_WANG)).containsEntry("name", "张三丰").containsEntry("phone", PHONE)
                .containsEntry("address", ADDRESS);
    }

    @Test
    @DisplayName("the head, the supervisor, the GMD and the general manager, neither receiver nor handler, see 138****5678 and 3栋***")
    void othersSeeItMasked() {
        String id = received();
        for (Staff who : List.of(H_LI, S_QIAN, G_ZHOU, GM_ZHENG)) {
            Map<String, Object> customer = customerAsSeenBy(id, who);
            assertThat(customer).as(who.user()).containsEntry("phone", PHONE_MASKED)
                    .containsEntry("address", ADDRESS_MASKED).containsEntry("name", "张三丰");
            assertThat(http.get("/api/complaints/" + id, who).raw()).as(who.user()).doesNotContain(PHONE)
                    .doesNotContain(ADDRESS);
        }
    }

    @Test
    @DisplayName("the assigned handler sees the customer in full; the receiver still does; the head's command answer is masked")
    void assignedHandlerSeesInFull() {
        String id = received();
        assertThat(customerAsSeenBy(id, HD_ZHAO)).as("before the assignment").containsEntry("phone", PHONE_MASKED);
        assigned();
        String other = assigned();
        assertThat(customerAsSeenBy(other, HD_ZHAO)).containsEntry("phone", PHONE).containsEntry("address", ADDRESS);
        assertThat(customerAsSeenBy(other, R_WANG)).containsEntry("phone", PHONE);
        assertThat(customerAsSeenBy(other, H_LI)).containsEntry("phone", PHONE_MASKED);
    }

    @Test
    @DisplayName("a number the receiver wrote into a customer update is masked for the head, in full for the receiver")
    void numberInNotesMasked() {
        String id = assigned();
        Answer updated = http.post("/api/complaints/" + id + "/customer-update", R_WANG,
                Map.of("text", "已致电" + PHONE + "告知处理进度"));
        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
        assertThat(updated.raw()).contains("已致电" + PHONE + "告知处理进度");
        Answer asHead = http.get("/api/complaints/" + id, H_LI);
        assertThat(asHead.raw()).contains("已致电" + PHONE_MASKED + "告知处理进度").doesNotContain(PHONE);
        assertThat(http.get("/api/complaints/" + id, HD_ZHAO).raw()).contains("已致电" + PHONE + "告知处理进度");
    }

    @Test
    @DisplayName("a list of cases is masked, even for the case's receiver")
    void listsAreMasked() {
        String id = received();
        for (String path : List.of("/api/test-only/cases", "/api/test-only/cases/page")) {
            Answer listed = http.get(path, R_WANG);
            assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
            assertThat(listed.raw()).as(path).contains(id).contains(PHONE_MASKED).contains(ADDRESS_MASKED)
                    .doesNotContain(PHONE).doesNotContain(ADDRESS);
        }
    }

    @Test
    @DisplayName("the intake log downloaded by the head is masked, by the receiver and duty officer in full")
    void exportByRole() {
        String id = received();

        Answer asHead = http.page(RECORDS, H_LI);
        assertThat(asHead.status()).as(asHead.raw()).isEqualTo(200);
        assertThat(asHead.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        XlsxRows head = XlsxRows.read(asHead.bytes());
        assertThat(head.sheetName()).isEqualTo("客户信息受理表");
        assertThat(head.row("编号", id)).containsEntry("联系电话", PHONE_MASKED).containsEntry("房号", ADDRESS_MASKED)
                .containsEntry("客户姓名", "张三丰");
        assertThat(head.allText()).doesNotContain(PHONE).doesNotContain(ADDRESS);

        Answer asReceiver = http.page(RECORDS, R_WANG);
        assertThat(asReceiver.status()).isEqualTo(200);
        assertThat(XlsxRows.read(asReceiver.bytes()).row("编号", id)).containsEntry("联系电话", PHONE)
                .containsEntry("房号", ADDRESS);
    }

    @Test
    @DisplayName("the handler, the supervisor and the GMD download the records masked; the GMD reaches C01's")
    void exportMaskedForReviewers() {
        String id = received();
        for (Staff who : List.of(HD_ZHAO, S_QIAN, G_ZHOU, GM_ZHENG)) {
            Answer got = http.page(RECORDS, who);
            assertThat(got.status()).as(who.user()).isEqualTo(200);
            assertThat(XlsxRows.read(got.bytes()).row("编号", id)).as(who.user())
                    .containsEntry("联系电话", PHONE_MASKED).containsEntry("房号", ADDRESS_MASKED);
        }
    }

    @Test
    @DisplayName("every clause-5 record downloads; the handling form as the head is masked")
    void everyFormDownloads() {
        String id = assigned();
        for (String form : List.of("intake-log", "handling-form", "visit-log", "monthly-table", "duty-handover-log",
                "complaint-follow-up-register", "customer-communication")) {
            Answer got = http.page("/console/records/" + form + ".xlsx?department=C01&month=2025-03", H_LI);
            assertThat(got.status()).as(form + ": " + got.raw()).isEqualTo(200);
            assertThat(XlsxRows.read(got.bytes()).allText()).as(form).doesNotContain(PHONE).doesNotContain(ADDRESS);
        }
        XlsxRows handling = XlsxRows.read(http.page(
                "/console/records/handling-form.xlsx?department=C01&month=2025-03", H_LI).bytes());
        assertThat(handling.sheetName()).isEqualTo("客户意见反映办理表");
        assertThat(handling.row("编号", id)).containsEntry("联系电话", PHONE_MASKED).containsEntry("处理人", "hd-zhao");
        XlsxRows register = XlsxRows.read(http.page(
                "/console/records/complaint-follow-up-register.xlsx?department=C01&month=2025-03", R_WANG).bytes());
        assertThat(register.row("编号", id)).containsEntry("联系电话", PHONE);
    }

    @Test
    @DisplayName("a number written into the summary is masked in a masked download")
    void numberInTextMasked() {
        Map<String, Object> body = StaffClient.intake(MONDAY_10_AM, "13900001111", "5栋1单元101");
        body.put("contentSummary", "请回电13900001111，楼道灯不亮");
        Answer created = http.post("/api/complaints", R_WANG, body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = (String) created.json().get("id");

        XlsxRows head = XlsxRows.read(http.page(RECORDS, H_LI).bytes());
        assertThat(head.row("编号", id)).containsEntry("内容提要", "请回电139****1111，楼道灯不亮")
                .containsEntry("联系电话", "139****1111").containsEntry("房号", "5栋***");
        XlsxRows receiver = XlsxRows.read(http.page(RECORDS, R_WANG).bytes());
        assertThat(receiver.row("编号", id)).containsEntry("内容提要", "请回电13900001111，楼道灯不亮");
    }

    @Test
    @DisplayName("another department's records answer 404, as does an unknown form; a bad month answers 400; nobody signed in is sent to sign in")
    void outOfReach() throws Exception {
        received();
        assertThat(http.page(RECORDS, R_CHEN).status()).isEqualTo(404);
        assertThat(http.page("/console/records/intake-log.xlsx?department=C02&month=2025-03", H_LI).status())
                .isEqualTo(404);
        assertThat(http.page("/console/records/no-such-form.xlsx?department=C01&month=2025-03", H_LI).status())
                .isEqualTo(404);
        Answer badMonth = http.page("/console/records/intake-log.xlsx?department=C01&month=2025-13", H_LI);
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.raw()).contains("month").contains("2025-13").doesNotContain("Exception");
        MockHttpServletResponse anonymous = mvc.perform(MockMvcRequestBuilders.get(RECORDS)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).as("nobody signed in").isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
        assertThat(anonymous.getContentAsByteArray()).isEmpty();
        Answer own = http.page("/console/records/intake-log.xlsx?month=2025-03", R_CHEN);
        assertThat(own.status()).as("r-chen's own department by default").isEqualTo(200);
        assertThat(XlsxRows.read(own.bytes()).allText()).doesNotContain(PHONE);
    }
}
