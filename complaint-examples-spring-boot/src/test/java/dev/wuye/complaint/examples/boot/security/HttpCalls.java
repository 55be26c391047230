package dev.wuye.complaint.examples.boot.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real HTTP requests to the host for the sign-in tests: with or without HTTP Basic, with any extra headers; the
 * answer's status, headers and body as they came over the wire.
 */
final class HttpCalls {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    /** The example users' password (demo only, application.yml). */
    static final String DEMO = "wuye-demo";

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    HttpCalls(int port) {
        this.port = port;
    }

    /** An answer as received. */
    record Answer(int status, HttpResponse<String> response) {

        String raw() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }

        List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        Map<String, Object> body() {
            try {
                return JSON.readValue(raw(), new TypeReference<>() { });
            } catch (IOException e) {
                throw new AssertionError("not a JSON object: " + raw(), e);
            }
        }

        List<Map<String, Object>> list() {
            try {
                return JSON.readValue(raw(), new TypeReference<>() { });
            } catch (IOException e) {
                throw new AssertionError("not a JSON list: " + raw(), e);
            }
        }

        /** An error answer is problem JSON with its status, and shows no stack trace, exception or SQL. */
        Answer isProblem(int expected) {
            assertThat(status).as(raw()).isEqualTo(expected);
            assertThat(header("Content-Type")).as(raw()).startsWith("application/problem+json");
            assertThat(body()).as(raw()).containsEntry("status", expected).containsKey("type");
            assertThat(raw()).doesNotContain("Exception", "\tat ", "SQL", "<html");
            return this;
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Answer get(String path, String user, String... headers) {
        return send(request(path, user, headers).GET());
    }

    Answer post(String path, String user, Object body, String... headers) {
        String json;
        try {
            json = body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return send(request(path, user, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path, String user, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "en");
        if (user != null) {
            b.header("Authorization", basic(user, DEMO));
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A phone complaint about a cleaner's attitude for a department, received at the instant. */
    static Map<String, Object> complaint(String department, Instant receivedAt) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("idempotencyKey", UUID.randomUUID().toString());
        o.put("channel", "PHONE");
        o.put("customer", Map.of("name", "张三丰", "phone", "13812345678", "address", "3栋2单元501"));
        o.put("contentSummary", "保洁员态度生硬");
        o.put("routing", Map.of("department", department, "acceptingLevel", "SERVICE_CENTRE"));
        o.put("receivedAt", receivedAt.toString());
        o.put("replyAgreement", Map.of("method", "PHONE", "basis", "CUSTOMER_WISH"));
        o.put("followUpChannel", "PHONE");
        return o;
    }

    /** The classification of a valid staff-attitude complaint (R-4.2.4b). */
    static final Map<String, Object> CLASSIFY = Map.of("type", "COMPLAINT", "ground", "STAFF_ATTITUDE",
            "category", "STAFF_ATTITUDE", "major", false);

    /** Receives and classifies a complaint as the user; answers its id. */
    String validComplaint(String receiver, String department, Instant receivedAt) {
        Answer created = post("/api/complaints", receiver, complaint(department, receivedAt));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = (String) created.body().get("id");
        Answer classified = post("/api/complaints/" + id + "/classify", receiver, CLASSIFY);
        assertThat(classified.status()).as(classified.raw()).isEqualTo(200);
        return id;
    }
}
