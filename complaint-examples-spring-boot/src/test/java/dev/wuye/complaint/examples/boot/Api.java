package dev.wuye.complaint.examples.boot;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A small HTTP client of the case API for the tests: real requests to a running instance, the
 * actor in the three headers, answers as JSON maps.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** Who acts: staff id, comma-separated roles, department. */
    record Who(String staffId, String roles, String department) {
    }

    static final Who RECEIVER = new Who("r-wang", "RECEIVER", "C01");
    static final Who HEAD = new Who("h-li", "DEPARTMENT_HEAD,CENTRE_DIRECTOR", "C01");
    static final Who HANDLER = new Who("hd-zhao", "HANDLER", "C01");

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
                        h.add("X-Staff-Id", who.staffId());
                        h.add("X-Staff-Roles", who.roles());
                        h.add("X-Department", who.department());
                    }
                })
                .body(body instanceof String s ? s : write(body))
                .exchange((req, res) -> answer(res.getStatusCode(), new String(res.getBody().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)));
    }

    Answer get(String path, String language) {
        return http.get().uri(path).header("Accept-Language", language)
                .exchange((req, res) -> answer(res.getStatusCode(), new String(res.getBody().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)));
    }

    List<Map<String, Object>> getList(String path) {
        String raw = http.get().uri(path).retrieve().body(String.class);
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
