package dev.wuye.complaint.examples.boot;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A small HTTP client of the case API for the tests: real requests to a running instance, signed in with HTTP Basic
 * as one of the example users of {@code application.yml} ({@code wuye.host.users}: their roles and department come
 * from there), answers as JSON maps.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** The example users' password (demo only). */
    static final String DEMO_PASSWORD = "wuye-demo";

    /** Who signs in: user name (= staff id) and password. */
    record Who(String staffId, String password) {

        /** The {@code Authorization} header's value. */
        String basic() {
            return "Basic " + java.util.Base64.getEncoder().encodeToString((staffId + ":" + password)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** 王受理: RECEIVER, DUTY_OFFICER of C01. */
    static final Who RECEIVER = new Who("r-wang", DEMO_PASSWORD);
    /** 李主管: DEPARTMENT_HEAD, CENTRE_DIRECTOR of C01. */
    static final Who HEAD = new Who("h-li", DEMO_PASSWORD);
    /** 赵处理: HANDLER of C01. */
    static final Who HANDLER = new Who("hd-zhao", DEMO_PASSWORD);
    /** 陈受理: RECEIVER, DUTY_OFFICER, HANDLER of C02. */
    static final Who RECEIVER_C02 = new Who("r-chen", DEMO_PASSWORD);
    /** 周综管: GMD_STAFF (company-wide). */
    static final Who GMD = new Who("g-zhou", DEMO_PASSWORD);
    /** 郑总: GENERAL_MANAGER. */
    static final Who GENERAL_MANAGER = new Who("gm-zheng", DEMO_PASSWORD);

    /** An HTTP answer: status and JSON body. */
    record Answer(int status, Map<String, Object> body, String raw) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list(String field) {
            return (List<Map<String, Object>>) body.get(field);
        }
    }

    private final RestClient http;

    Api(int port) {
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    }

    Answer post(String path, Who who, String language, Object body) {
        return http.post().uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", language)
                .headers(h -> {
                    if (who != null) {
                        h.add("Authorization", who.basic());
                    }
                })
                .body(body instanceof String s ? s : write(body))
                .exchange((req, res) -> answer(res.getStatusCode(), new String(res.getBody().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)));
    }

    Answer get(String path, Who who, String language) {
        return http.get().uri(path).header("Accept-Language", language)
                .headers(h -> {
                    if (who != null) {
                        h.add("Authorization", who.basic());
                    }
                })
                .exchange((req, res) -> answer(res.getStatusCode(), new String(res.getBody().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)));
    }

    List<Map<String, Object>> getList(String path, Who who) {
        String raw = http.get().uri(path).header("Authorization", who.basic()).retrieve().body(String.class);
        try {
            return JSON.readValue(raw, new TypeReference<>() { });
        } catch (java.io.IOException e) {
            throw new AssertionError("not a JSON list: " + raw, e);
        }
    }

    /**
     * The body of a phone intake of a staff-attitude complaint for C01, received at the given local time in
     * Shanghai, with the customer's stated reply wish (R-4.2.5b) and a fresh idempotency key.
     */
    static Map<String, Object> phoneComplaint(java.time.LocalDateTime receivedAt) {
        Map<String, Object> o = new java.util.LinkedHashMap<>();
        o.put("idempotencyKey", java.util.UUID.randomUUID().toString());
        o.put("channel", "PHONE");
        o.put("customer", Map.of("name", "张三丰", "phone", "13812345678", "address", "3栋2单元501"));
        o.put("contentSummary", "保洁员态度生硬");
        o.put("routing", Map.of("department", "C01", "acceptingLevel", "SERVICE_CENTRE"));
        o.put("receivedAt", receivedAt.atZone(MutableClock.SHANGHAI).toInstant().toString());
        o.put("replyAgreement", Map.of("method", "PHONE", "basis", "CUSTOMER_WISH"));
        o.put("followUpChannel", "PHONE");
        return o;
    }

    private static Answer answer(HttpStatusCode status, String raw) {
        try {
            Map<String, Object> body = raw.isBlank() || !raw.trim().startsWith("{") ? Map.of()
                    : JSON.readValue(raw, new TypeReference<>() { });
            return new Answer(status.value(), body, raw);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + raw, e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
