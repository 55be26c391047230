package dev.wuye.complaint.boot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.desk.ConcurrentChangeException;
import dev.wuye.complaint.spi.StaleVersionException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The REST edge every host gets from the starter: strict JSON, the size limit, the retryable conflict. */
class RestEdgeTest {

    /** A body shape with each kind of field a command has. */
    record Probe(String text, boolean flag, Instant at, Channel channel) {
    }

    @Nested
    @DisplayName("strict JSON (StrictJson)")
    class Strict {

        final ObjectMapper json = StrictJson.apply(JsonMapper.builder().addModule(new JavaTimeModule()).build());

        Probe read(String body) throws JsonProcessingException {
            return json.readValue(body, Probe.class);
        }

        @Test
        @DisplayName("a body that says exactly what it means is read")
        void exact() throws JsonProcessingException {
            assertThat(read("{\"text\":\"电梯噪音\",\"flag\":true,\"at\":\"2025-03-10T02:00:00Z\",\"channel\":\"PHONE\"}"))
                    .isEqualTo(new Probe("电梯噪音", true, Instant.parse("2025-03-10T02:00:00Z"), Channel.PHONE));
        }

        @Test
        @DisplayName("2 is no boolean, \"true\" neither")
        void noBooleanCoercion() {
            assertThatThrownBy(() -> read("{\"flag\":2}")).isInstanceOf(JsonProcessingException.class);
            assertThatThrownBy(() -> read("{\"flag\":\"true\"}")).isInstanceOf(JsonProcessingException.class);
        }

        @Test
        @DisplayName("42 is no text, true neither")
        void noTextCoercion() {
            assertThatThrownBy(() -> read("{\"text\":42}")).isInstanceOf(JsonProcessingException.class);
            assertThatThrownBy(() -> read("{\"text\":true}")).isInstanceOf(JsonProcessingException.class);
        }

        @Test
        @DisplayName("a key given twice is refused, not the last one kept")
        void duplicateKeys() {
            assertThatThrownBy(() -> read("{\"text\":\"a\",\"text\":\"b\"}")).hasMessageContaining("Duplicate field");
        }

        @Test
        @DisplayName("an unknown field is refused, not ignored")
        void unknownField() {
            assertThatThrownBy(() -> read("{\"text\":\"a\",\"priority\":\"HIGH\"}")).hasMessageContaining("priority");
        }

        @Test
        @DisplayName("an instant is ISO-8601 text: 1e308 and epoch seconds are refused, not read as 1970")
        void numericInstants() {
            assertThatThrownBy(() -> read("{\"at\":1e308}")).isInstanceOf(JsonProcessingException.class);
            assertThatThrownBy(() -> read("{\"at\":1741572000}")).isInstanceOf(JsonProcessingException.class);
        }

        @Test
        @DisplayName("an enum constant exactly as named: no trailing NUL, no blanks, no number")
        void exactEnums() {
            assertThatThrownBy(() -> read("{\"channel\":\"PHONE\\u0000\"}")).isInstanceOf(JsonProcessingException.class);
            assertThatThrownBy(() -> read("{\"channel\":\" PHONE\"}")).isInstanceOf(JsonProcessingException.class);
            assertThatThrownBy(() -> read("{\"channel\":0}")).isInstanceOf(JsonProcessingException.class);
        }
    }

    @Nested
    @DisplayName("request size limit (RequestSizeLimitFilter)")
    class SizeLimit {

        final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(256 * 1024);

        @Test
        @DisplayName("a body over the limit, with its length declared, is answered 413 as problem JSON unread")
        void declaredLength() throws Exception {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/complaints");
            request.setContent(new byte[256 * 1024 + 1]);
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(request, response, chain);
            assertThat(response.getStatus()).isEqualTo(413);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).contains("\"status\":413", "\"limit\":262144");
            assertThat(chain.getRequest()).isNull();
        }

        @Test
        @DisplayName("a chunked body is read up to the limit and refused beyond it; one within it passes whole")
        void chunked() throws Exception {
            MockHttpServletRequest big = new MockHttpServletRequest("POST", "/api/complaints");
            big.addHeader("Transfer-Encoding", "chunked");
            big.setContent(new byte[300 * 1024]);
            big.removeHeader("Content-Length");
            Chunked bigRequest = new Chunked(big);
            MockHttpServletResponse refused = new MockHttpServletResponse();
            filter.doFilter(bigRequest, refused, new MockFilterChain());
            assertThat(refused.getStatus()).isEqualTo(413);

            MockHttpServletRequest small = new MockHttpServletRequest("POST", "/api/complaints");
            small.addHeader("Transfer-Encoding", "chunked");
            small.setContent("{\"text\":\"a\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            MockFilterChain chain = new MockFilterChain();
            MockHttpServletResponse passed = new MockHttpServletResponse();
            filter.doFilter(new Chunked(small), passed, chain);
            assertThat(passed.getStatus()).isEqualTo(200);
            assertThat(chain.getRequest().getInputStream().readAllBytes())
                    .asString(java.nio.charset.StandardCharsets.UTF_8).isEqualTo("{\"text\":\"a\"}");
        }
    }

    /** A request of unknown length, as a chunked one is. */
    static final class Chunked extends jakarta.servlet.http.HttpServletRequestWrapper {
        Chunked(MockHttpServletRequest request) {
            super(request);
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public int getContentLength() {
            return -1;
        }
    }

    @Test
    @DisplayName("a command lost to concurrent changes after the desk's retry is a 409 problem with retryable: true")
    void concurrentChangeIsRetryable() {
        ResponseEntity<Object> answer = new ProblemExceptionHandler().concurrentChange(
                new ConcurrentChangeException("C1", "Assign", new StaleVersionException("C1", 3, 4)));
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail p = (ProblemDetail) answer.getBody();
        assertThat(p.getType().toString()).isEqualTo("https://wuye.dev/problems/concurrent-change");
        assertThat(p.getProperties()).containsAllEntriesOf(Map.of("retryable", true, "caseId", "C1", "command", "Assign"));
    }
}
