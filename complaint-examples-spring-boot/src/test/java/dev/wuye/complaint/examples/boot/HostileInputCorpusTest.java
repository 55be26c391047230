package dev.wuye.complaint.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile/corpus.json}: method, path, headers, body and the
 * expected status of each request) sent over HTTP to the host on H2: NUL and lone surrogates in text and keys,
 * instants at the ends of the ISO range and as numbers, {@code month=-999999999-01}, {@code Content-Type: *}{@code /*},
 * a path-like archive batch id, coerced scalars, duplicate keys, unknown fields, 10 MB bodies, unknown paths and
 * methods, paths Tomcat refuses itself (sent raw over a socket), and requests that do not sign in (none, a wrong
 * password, an unknown user, {@code X-Staff-*} headers instead of a sign-in). Each answer has its expected status, none is a 5xx, and every error is problem JSON
 * ({@code application/problem+json}, no stack trace, no HTML). Afterwards the consistency check: every intake
 * answered 2xx is a case, and each case's audit trail has one entry per version, versions 1…n without gaps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hostile-corpus;DB_CLOSE_DELAY=-1",
        "db-scheduler.enabled=false"})
class HostileInputCorpusTest {

    /** Monday 10 March 2025, 10:00 in Shanghai: office hours on a working day. */
    static final LocalDateTime MONDAY_10_AM = LocalDateTime.of(2025, 3, 10, 10, 0);

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Who signs in (HTTP Basic) for an entry's {@code as}: the example users, and two who cannot sign in. */
    private static final Map<String, Api.Who> ACTORS = Map.of(
            "RECEIVER", Api.RECEIVER,
            "HEAD", Api.HEAD,
            "GMD", Api.GMD,
            "WRONG_PASSWORD", new Api.Who("r-wang", "not-the-password"),
            "UNKNOWN_USER", new Api.Who("nobody", Api.DEMO_PASSWORD));

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(MONDAY_10_AM);
        }
    }

    /** One request of the corpus. */
    record Entry(String name, String method, String path, String as, Map<String, String> headers, String body,
                 Object expect, Integer bodyBytes, Boolean chunked, Boolean raw) {

        boolean expects(int status) {
            return expect instanceof List<?> l ? l.contains(status) : expect.equals(status);
        }
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> acceptedIntakes = new ArrayList<>();
    private int requests;
    private int serverErrors;

    @TestFactory
    @DisplayName("R-4.2 hostile input: every request of the corpus answered as expected, never 5xx, errors as problem JSON; then every 2xx intake is a case with one audit entry per version")
    Stream<DynamicTest> corpus() throws IOException, InterruptedException {
        List<Entry> corpus;
        try (InputStream in = getClass().getResourceAsStream("/hostile/corpus.json")) {
            corpus = JSON.readValue(in, new TypeReference<>() { });
        }
        String caseId = validCase();
        Stream<DynamicTest> each = corpus.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> send(e, caseId)));
        return Stream.concat(each, Stream.of(DynamicTest.dynamicTest("consistency after the corpus", () -> {
            System.out.printf("hostile corpus: %d requests, %d answered 5xx, %d intakes accepted%n",
                    requests, serverErrors, acceptedIntakes.size());
            assertThat(requests).isEqualTo(corpus.size());
            assertThat(serverErrors).isZero();
            consistent(caseId);
            for (String id : acceptedIntakes) {
                consistent(id);
            }
        })));
    }

    private String validCase() throws IOException, InterruptedException {
        String body = """
                {"idempotencyKey":"%s","channel":"PHONE","customer":{"name":"李四","phone":"13812345678",
                 "address":"3栋2单元501"},"contentSummary":"电梯噪音","routing":{"department":"C01",
                 "acceptingLevel":"SERVICE_CENTRE"},"receivedAt":"2025-03-10T02:00:00Z",
                 "replyAgreement":{"method":"PHONE","basis":"CUSTOMER_WISH"},"followUpChannel":"PHONE"}
                """.formatted(UUID.randomUUID());
        HttpResponse<String> created = http.send(actor(HttpRequest.newBuilder(uri("/api/complaints")), "RECEIVER")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return (String) JSON.readValue(created.body(), Map.class).get("id");
    }

    private void send(Entry e, String caseId) throws IOException, InterruptedException {
        if (Boolean.TRUE.equals(e.raw())) {
            sendRaw(e);
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(e.path().replace("{{CASE}}", caseId)));
        if (e.as() != null) {
            actor(request, e.as());
        }
        e.headers().forEach(request::header);
        request.method(e.method(), publisher(e));
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String contentType = answer.headers().firstValue("Content-Type").orElse("");
        if (check(e, answer.statusCode(), contentType, answer.body()) == 201 && "/api/complaints".equals(e.path())) {
            acceptedIntakes.add((String) JSON.readValue(answer.body(), Map.class).get("id"));
        }
    }

    /**
     * A request line no HTTP client library would send (an undecodable path): written to the socket as it is,
     * so that Tomcat itself answers it.
     */
    private void sendRaw(Entry e) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            String request = e.method() + " " + e.path() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String head = split < 0 ? answer : answer.substring(0, split);
            String body = split < 0 ? "" : answer.substring(split + 4);
            int status = Integer.parseInt(head.split(" ")[1]);
            String contentType = "";
            boolean chunked = false;
            for (String line : head.split("\r\n")) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    contentType = line.substring("content-type:".length()).trim();
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            check(e, status, contentType, chunked ? unchunk(body) : body);
        }
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, eol).trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
    }

    /** Checks one answer; returns its status. */
    private int check(Entry e, int status, String contentType, String raw) throws IOException {
        requests++;
        if (status >= 500) {
            serverErrors++;
        }
        assertThat(status).as("%s → %s", e.name(), raw).isLessThan(500);
        assertThat(e.expects(status)).as("%s: expected %s, got %d %s", e.name(), e.expect(), status, raw).isTrue();
        if (status >= 400) {
            assertThat(contentType).as("%s: %s", e.name(), raw).startsWith("application/problem+json");
            Map<?, ?> problem = JSON.readValue(raw, Map.class);
            assertThat(problem.get("status")).as(raw).isEqualTo(status);
            assertThat(problem.get("type")).as(raw).isNotNull();
            assertThat(raw).doesNotContain("\tat ", "Exception", "<html", "SQL");
        }
        return status;
    }

    private HttpRequest.BodyPublisher publisher(Entry e) {
        if (e.bodyBytes() != null) {
            byte[] big = new byte[e.bodyBytes()];
            Arrays.fill(big, (byte) 'x');
            byte[] head = "{\"contentSummary\":\"".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(head, 0, big, 0, head.length);
            big[big.length - 2] = '"';
            big[big.length - 1] = '}';
            return Boolean.TRUE.equals(e.chunked())
                    ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))
                    : HttpRequest.BodyPublishers.ofByteArray(big);
        }
        if (e.body() == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        String body = e.body().replace("{{KEY}}", UUID.randomUUID().toString())
                .replace("{{NOW}}", "2025-03-10T02:00:00Z");
        return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    /** The case answers 200 and its audit trail has one entry per version: 1, 2, … its version. */
    private void consistent(String id) throws IOException, InterruptedException {
        HttpResponse<String> got = http.send(actor(HttpRequest.newBuilder(uri("/api/complaints/" + id)), "RECEIVER")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
        long version = ((Number) JSON.readValue(got.body(), Map.class).get("version")).longValue();
        HttpResponse<String> audit = http.send(actor(HttpRequest.newBuilder(uri("/api/complaints/" + id + "/audit")),
                "RECEIVER").GET().build(), HttpResponse.BodyHandlers.ofString());
        List<Map<String, Object>> entries = JSON.readValue(audit.body(), new TypeReference<>() { });
        assertThat(entries).extracting(m -> ((Number) m.get("version")).longValue())
                .as("case %s at version %d", id, version)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, version).boxed().toList());
    }

    private static HttpRequest.Builder actor(HttpRequest.Builder request, String who) {
        return request.header("Authorization", ACTORS.get(who).basic());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
