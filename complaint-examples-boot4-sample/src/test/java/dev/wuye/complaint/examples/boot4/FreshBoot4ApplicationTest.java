package dev.wuye.complaint.examples.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wuye.complaint.boot.actor.ActorResolver;
import dev.wuye.complaint.boot.web.CaseCommands;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.store.jdbc.JdbcStorage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A fresh Spring Boot 4 application with the starter and three properties: a working desk on the JDBC store,
 * the procedure's health, its metrics and the REST API with its OpenAPI description — over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.endpoint.health.show-components=always")
class FreshBoot4ApplicationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ObjectMapper JSON = new ObjectMapper();

    /** The sign-in the application would have, and a clock inside office hours (Friday 20 November 2026, 10:00). */
    @TestConfiguration
    static class SignInAndClock {
        @Bean
        ActorResolver gatewayActorResolver() {
            return new GatewayActorResolver();
        }

        @Bean
        Clock clock() {
            return Clock.fixed(LocalDateTime.of(2026, 11, 20, 10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        }
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    ComplaintDesk desk;

    @Autowired
    Storage storage;

    RestClient http;

    @BeforeEach
    void connect() {
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    }

    record Answer(int status, Map<String, Object> body) {
    }

    private Answer post(String path, String staff, String roles, Object body, String language) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", language)
                .header("X-Staff-Id", staff).header("X-Staff-Roles", roles).header("X-Department", "C01")
                .body(write(body)).exchange((req, res) -> new Answer(res.getStatusCode().value(),
                        read(new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8))));
    }

    private Answer get(String path) {
        return http.get().uri(path).exchange((req, res) -> new Answer(res.getStatusCode().value(),
                read(new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8))));
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, Object> read(String raw) {
        try {
            return raw.isBlank() ? Map.of() : JSON.readValue(raw, new TypeReference<>() { });
        } catch (java.io.IOException e) {
            throw new AssertionError("not a JSON object: " + raw, e);
        }
    }

    private static Map<String, Object> opinion(String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("idempotencyKey", key);
        body.put("channel", "PHONE");
        body.put("customer", Map.of("name", "张三丰", "phone", "13812345678", "address", "3栋2单元501"));
        body.put("contentSummary", "电梯故障");
        body.put("routing", Map.of("department", "C01", "acceptingLevel", "SERVICE_CENTRE"));
        body.put("receivedAt", "2026-11-20T02:00:00Z");
        body.put("followUpChannel", "PHONE");
        return body;
    }

    @Test
    @DisplayName("Spring Boot 4: the desk keeps its cases in the JDBC store on the application's DataSource")
    void desk() {
        assertThat(SpringBootVersion.getVersion()).startsWith("4.0.");
        assertThat(storage).isInstanceOf(JdbcStorage.class);
        assertThat(desk).isNotNull();
    }

    @Test
    @DisplayName("R-4.2 intake over REST answers 201 with the case; R-4.3.2c refusals are RFC 9457 problems naming the rule")
    void restApi() {
        Answer created = post("/api/complaints", "r-wang", "RECEIVER", opinion("boot4-1"), "zh-CN");
        assertThat(created.status()).isEqualTo(201);
        String id = (String) created.body().get("id");
        assertThat(desk.find(id)).isPresent();

        Answer refused = post("/api/complaints/" + id + "/approve-solution", "hd-zhao", "HANDLER", Map.of(), "en");
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(403);
        assertThat(refused.body()).containsEntry("ruleId", "R-4.3.2c")
                .containsEntry("type", "https://wuye.dev/problems/permission-refused").containsKey("title");

        Answer invalid = post("/api/complaints", "r-wang", "RECEIVER", Map.of("channel", "PHONE"), "en");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).containsKey("violations");
    }

    @Test
    @DisplayName("R-4.7 Health: the procedure component is UP on 20 November 2026 (2027's notice is not due yet)")
    void health() {
        Answer health = get("/actuator/health");
        @SuppressWarnings("unchecked")
        Map<String, Object> components = (Map<String, Object>) health.body().get("components");
        assertThat(components).as(health.body().toString()).containsKey("procedure");
        assertThat(components.get("procedure")).isEqualTo(Map.of("status", "UP"));
    }

    @Test
    @DisplayName("Metrics: accepted commands are counted by command type on /actuator/metrics")
    void metrics() {
        assertThat(post("/api/complaints", "r-wang", "RECEIVER", opinion("boot4-metrics"), "zh-CN").status())
                .isEqualTo(201);
        Answer accepted = get("/actuator/metrics/wuye.complaint.commands.accepted?tag=command:ReceiveOpinion");
        assertThat(accepted.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> measurements = (List<Map<String, Object>>) accepted.body().get("measurements");
        assertThat(((Number) measurements.get(0).get("value")).doubleValue()).isGreaterThanOrEqualTo(1.0);
        assertThat(get("/actuator/metrics/wuye.complaint.calendar.last.official.year").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("OpenAPI: /v3/api-docs describes intake and every case command with a typed body")
    @SuppressWarnings("unchecked")
    void openApi() {
        Answer docs = get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        Map<String, Object> paths = (Map<String, Object>) docs.body().get("paths");
        assertThat(paths).containsKey("/api/complaints").doesNotContainKey("/api/complaints/{id}/{command}");
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) docs.body().get("components"))
                .get("schemas");
        for (Map.Entry<String, Class<? extends dev.wuye.complaint.desk.CaseCommand>> c : CaseCommands.BY_PATH.entrySet()) {
            Map<String, Object> post = (Map<String, Object>) ((Map<String, Object>) paths
                    .get("/api/complaints/{id}/" + c.getKey())).get("post");
            assertThat(post).as(c.getKey()).containsEntry("operationId", c.getValue().getSimpleName());
            assertThat(schemas).containsKey(c.getValue().getSimpleName() + "Body");
            Map<String, Object> body = (Map<String, Object>) schemas.get(c.getValue().getSimpleName() + "Body");
            Map<String, Object> properties = (Map<String, Object>) body.getOrDefault("properties", Map.of());
            assertThat(properties).as(c.getKey()).doesNotContainKey("actor").doesNotContainKey("caseId");
        }
        assertThat(schemas).containsKey("ReceiveOpinionBody");
        Integer swaggerUi = http.get().uri("/swagger-ui/index.html").exchange((req, res) -> res.getStatusCode().value());
        assertThat(swaggerUi)
                .isEqualTo(200);
    }
}
