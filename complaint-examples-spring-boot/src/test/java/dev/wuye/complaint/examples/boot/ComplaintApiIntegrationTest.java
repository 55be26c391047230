package dev.wuye.complaint.examples.boot;

import static dev.wuye.complaint.examples.boot.Api.HANDLER;
import static dev.wuye.complaint.examples.boot.Api.HEAD;
import static dev.wuye.complaint.examples.boot.Api.RECEIVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wuye.complaint.examples.boot.Api.Answer;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The host as a client sees it: the application started on a random port against a real database
 * (H2 in PostgreSQL mode, the default profile), driven over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:api-it;DB_CLOSE_DELAY=-1",
        "db-scheduler.enabled=false"})
class ComplaintApiIntegrationTest {

    /** Monday 10 March 2025, 10:00 in Shanghai: office hours on a working day. */
    static final LocalDateTime MONDAY_10_AM = LocalDateTime.of(2025, 3, 10, 10, 0);

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(MONDAY_10_AM);
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
        clock.set(MONDAY_10_AM);
    }

    static Map<String, Object> opinion(String summary) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("idempotencyKey", UUID.randomUUID().toString());
        o.put("channel", "PHONE");
        o.put("customer", Map.of("name", "张三丰", "phone", "13812345678", "address", "3栋2单元501"));
        o.put("contentSummary", summary);
        o.put("routing", Map.of("department", "C01", "acceptingLevel", "SERVICE_CENTRE"));
        o.put("receivedAt", MONDAY_10_AM.atZone(MutableClock.SHANGHAI).toInstant().toString());
        o.put("replyAgreement", Map.of("method", "PHONE", "basis", "CUSTOMER_WISH"));
        o.put("followUpChannel", "PHONE");
        return o;
    }

    String receivedValidComplaint() {
        Answer created = api.post("/api/complaints", RECEIVER, "zh-CN", opinion("保洁员态度生硬"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = (String) created.body().get("id");
        Answer classified = api.post("/api/complaints/" + id + "/classify", RECEIVER, "zh-CN",
                Map.of("type", "COMPLAINT", "ground", "STAFF_ATTITUDE", "category", "STAFF_ATTITUDE", "major", false));
        assertThat(classified.status()).as(classified.raw()).isEqualTo(200);
        return id;
    }

    @Test
    @DisplayName("R-4.2–R-4.4.2 one valid complaint over HTTP: intake, classify, assign, investigate, propose, approve, complete, follow up")
    void fullLifecycle() {
        String id = receivedValidComplaint();
        step(id, "assign", HEAD, Map.of("handlerIds", List.of("hd-zhao")), "INVESTIGATING");
        step(id, "investigation", HANDLER, Map.of("facts", "录音属实", "onSiteVerified", true,
                "analysis", "培训不足", "sameProblemElsewhere", "其他楼栋同样存在"), "INVESTIGATING");
        step(id, "solution", HANDLER, Map.of("solution", "当面致歉并组织培训"), "AWAITING_APPROVAL");
        step(id, "approve-solution", HEAD, Map.of(), "EXECUTING");
        clock.set(MONDAY_10_AM.plusDays(1));
        step(id, "complete", HEAD, Map.of("result", "已致歉，已培训"), "AWAITING_FOLLOW_UP");
        step(id, "follow-up", RECEIVER, Map.of("method", "PHONE", "timely", "SATISFIED", "resultSatisfied", "SATISFIED",
                "attitudeSatisfied", "SATISFIED", "remarks", "谢谢"), "CLOSED");

        Answer got = api.get("/api/complaints/" + id, RECEIVER, "zh-CN");
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.body()).containsEntry("state", "CLOSED").containsEntry("type", "COMPLAINT")
                .containsEntry("validity", "VALID");
        assertThat(got.list("followUps")).hasSize(1);

        List<Map<String, Object>> audit = api.getList("/api/complaints/" + id + "/audit", RECEIVER);
        assertThat(audit).extracting(e -> e.get("command")).containsExactly("ReceiveOpinion", "Classify", "Assign",
                "RecordInvestigation", "ProposeSolution", "ApproveSolution", "Complete", "RecordFollowUp");
        assertThat(audit).extracting(e -> e.get("actorId")).containsExactly("r-wang", "r-wang", "h-li", "hd-zhao",
                "hd-zhao", "h-li", "h-li", "r-wang");

        Answer table = api.get("/api/statistics/monthly?month=2025-03&department=C01", RECEIVER, "en");
        assertThat(table.status()).as(table.raw()).isEqualTo(200);
        Map<String, Object> accepted = table.list("rows").stream().filter(r -> "ACCEPTED".equals(r.get("metric")))
                .findFirst().orElseThrow();
        assertThat(accepted.get("label")).isEqualTo("Opinions accepted");
        assertThat(((Number) accepted.get("value")).intValue()).isGreaterThanOrEqualTo(1);
    }

    private void step(String id, String command, Api.Who who, Map<String, Object> body, String expectedState) {
        Answer a = api.post("/api/complaints/" + id + "/" + command, who, "zh-CN", body);
        assertThat(a.status()).as("%s: %s", command, a.raw()).isEqualTo(200);
        assertThat(a.body().get("state")).as(command).isEqualTo(expectedState);
    }

    @Test
    @DisplayName("R-4.2.5b an intake stating neither an agreed reply nor the customer's wish is a 409 problem naming the rule; no preference is accepted")
    void intakeWithoutReplyAgreementIsRefused() {
        Map<String, Object> silent = opinion("电梯停运");
        silent.remove("replyAgreement");
        Answer refused = api.post("/api/complaints", RECEIVER, "en", silent);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.body()).containsEntry("ruleId", "R-4.2.5b");

        Map<String, Object> noPreference = opinion("电梯停运");
        noPreference.put("replyAgreement", Map.of("basis", "NO_PREFERENCE"));
        Answer created = api.post("/api/complaints", RECEIVER, "en", noPreference);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
    }

    @Test
    @DisplayName("R-4.2.3b an intake without its content summary is a 400 problem naming the field, in the request's language")
    void validationErrorNamesTheFieldInTheRequestLanguage() {
        Map<String, Object> noSummary = opinion("");
        Answer en = api.post("/api/complaints", RECEIVER, "en", noSummary);
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.body()).containsEntry("type", "https://wuye.dev/problems/invalid-request")
                .containsEntry("status", 400);
        assertThat(en.list("violations")).anySatisfy(v -> {
            assertThat(v.get("field")).isEqualTo("contentSummary");
            assertThat((String) v.get("message")).containsPattern("[A-Za-z]").doesNotContainPattern("\\p{IsHan}");
        });

        Answer zh = api.post("/api/complaints", RECEIVER, "zh-CN", opinion(""));
        assertThat(zh.status()).isEqualTo(400);
        assertThat((String) zh.body().get("title")).containsPattern("\\p{IsHan}");
        assertThat(zh.list("violations")).anySatisfy(v -> {
            assertThat(v.get("field")).isEqualTo("contentSummary");
            assertThat((String) v.get("message")).containsPattern("\\p{IsHan}");
        });
    }

    @Test
    @DisplayName("An unknown channel code is a 400 problem naming the field and the value")
    void unknownCodeNamesTheField() {
        Map<String, Object> fax = opinion("传真投诉");
        fax.put("channel", "FAX");
        Answer a = api.post("/api/complaints", RECEIVER, "en", fax);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.list("violations")).singleElement().satisfies(v -> {
            assertThat(v.get("field")).isEqualTo("channel");
            assertThat(v.get("value")).isEqualTo("FAX");
        });
    }

    @Test
    @DisplayName("R-4.3.2c a handler approving their own solution is a 403 problem naming the rule, in the request's language; approving twice is a 409")
    void ruleRejectionNamesTheRule() {
        String id = receivedValidComplaint();
        step(id, "assign", HEAD, Map.of("handlerIds", List.of("hd-zhao")), "INVESTIGATING");
        step(id, "investigation", HANDLER, Map.of("facts", "录音属实", "onSiteVerified", true,
                "analysis", "培训不足", "sameProblemElsewhere", "无"), "INVESTIGATING");
        step(id, "solution", HANDLER, Map.of("solution", "致歉"), "AWAITING_APPROVAL");

        Answer en = api.post("/api/complaints/" + id + "/approve-solution", HANDLER, "en", Map.of());
        assertThat(en.status()).isEqualTo(403);
        assertThat(en.body()).containsEntry("type", "https://wuye.dev/problems/permission-refused")
                .containsEntry("ruleId", "R-4.3.2c");
        assertThat((String) en.body().get("detail")).startsWith("R-4.3.2c").doesNotContainPattern("\\p{IsHan}");

        Answer zh = api.post("/api/complaints/" + id + "/approve-solution", HANDLER, "zh-CN", Map.of());
        assertThat(zh.status()).isEqualTo(403);
        assertThat(zh.body()).containsEntry("ruleId", "R-4.3.2c");
        assertThat((String) zh.body().get("detail")).startsWith("R-4.3.2c").containsPattern("\\p{IsHan}");

        assertThat(api.get("/api/complaints/" + id, RECEIVER, "en").body()).containsEntry("state", "AWAITING_APPROVAL");

        assertThat(api.post("/api/complaints/" + id + "/approve-solution", HEAD, "en", Map.of()).status())
                .isEqualTo(200);
        Answer again = api.post("/api/complaints/" + id + "/approve-solution", HEAD, "en", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).containsEntry("type", "https://wuye.dev/problems/rule-rejected").containsKey("ruleId");
    }

    @Test
    @DisplayName("An unknown case is a 404 problem")
    void unknownCase() {
        Answer a = api.post("/api/complaints/NOPE/approve-solution", HEAD, "en", Map.of());
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.body()).containsEntry("type", "https://wuye.dev/problems/not-found").containsEntry("id", "NOPE");
    }
}
