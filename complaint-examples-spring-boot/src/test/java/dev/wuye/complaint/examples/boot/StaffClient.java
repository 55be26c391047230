package dev.wuye.complaint.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.client.RestClient;

/**
 * A client signed in as one of the example users (password {@code wuye-demo}): the JSON API over HTTP with HTTP
 * Basic; the console's downloads through MockMvc after a form sign-in at {@code /login} (with its CSRF token), in a
 * session kept per user.
 */
final class StaffClient {

    /** The example users: user name (= staff id), roles, department. */
    record Staff(String user, String roles, String department) {
    }

    static final Staff R_WANG = new Staff("r-wang", "RECEIVER,DUTY_OFFICER", "C01");
    static final Staff H_LI = new Staff("h-li", "DEPARTMENT_HEAD,CENTRE_DIRECTOR", "C01");
    static final Staff HD_ZHAO = new Staff("hd-zhao", "HANDLER", "C01");
    static final Staff S_QIAN = new Staff("s-qian", "CUSTOMER_SERVICE_SUPERVISOR", "C01");
    static final Staff R_CHEN = new Staff("r-chen", "RECEIVER,DUTY_OFFICER,HANDLER", "C02");
    static final Staff G_ZHOU = new Staff("g-zhou", "GMD_STAFF", "GMD");
    static final Staff GM_ZHENG = new Staff("gm-zheng", "GENERAL_MANAGER", "GMD");

    /** An answer: status, raw body, and the body as JSON when it is an object. */
    record Answer(int status, String raw, byte[] bytes, String contentType) {
        Map<String, Object> json() {
            try {
                return Api.JSON.readValue(raw, new TypeReference<>() { });
            } catch (IOException e) {
                throw new AssertionError("not a JSON object: " + raw, e);
            }
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list(String field) {
            return (List<Map<String, Object>>) json().get(field);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> customer() {
            return (Map<String, Object>) json().get("customer");
        }
    }

    /** The example users' password (demo only). */
    static final String PASSWORD = "wuye-demo";

    private final RestClient http;
    private final MockMvc mvc;
    private final Map<String, MockHttpSession> sessions = new HashMap<>();

    StaffClient(int port, MockMvc mvc) {
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
        this.mvc = mvc;
    }

    /**
     * A console page or download, signed in by the console's form.
     *
     * @param path the path and query
     * @param who  who asks
     * @return the answer
     */
    Answer page(String path, Staff who) {
        MockHttpSession session = sessions.computeIfAbsent(who.user(), this::signIn);
        try {
            MockHttpServletResponse res = mvc.perform(MockMvcRequestBuilders.get(path).session(session)
                    .header("Accept-Language", "zh-CN")).andReturn().getResponse();
            byte[] body = res.getContentAsByteArray();
            return new Answer(res.getStatus(), new String(body, StandardCharsets.UTF_8), body,
                    res.getContentType() == null ? "" : res.getContentType());
        } catch (Exception e) {
            throw new AssertionError(path, e);
        }
    }

    private MockHttpSession signIn(String user) {
        try {
            MvcResult signedIn = mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(user)
                    .password(PASSWORD)).andReturn();
            assertThat(signedIn.getResponse().getRedirectedUrl()).as("%s signs in", user).isEqualTo("/console");
            return (MockHttpSession) signedIn.getRequest().getSession(false);
        } catch (Exception e) {
            throw new AssertionError(user, e);
        }
    }

    Answer get(String path, Staff who) {
        return http.get().uri(path).headers(h -> signIn(h, who))
                .exchange((req, res) -> answer(res.getStatusCode().value(), res.getBody().readAllBytes(),
                        res.getHeaders().getContentType()));
    }

    Answer post(String path, Staff who, Object body) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).headers(h -> signIn(h, who))
                .body(write(body))
                .exchange((req, res) -> answer(res.getStatusCode().value(), res.getBody().readAllBytes(),
                        res.getHeaders().getContentType()));
    }

    private static void signIn(org.springframework.http.HttpHeaders h, Staff who) {
        h.add("Accept-Language", "zh-CN");
        if (who == null) {
            return;
        }
        h.add("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (who.user() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static Answer answer(int status, byte[] body, MediaType type) {
        return new Answer(status, new String(body, StandardCharsets.UTF_8), body, type == null ? "" : type.toString());
    }

    private static String write(Object body) {
        try {
            return body instanceof String s ? s : Api.JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A phone intake for C01 with the given customer, received at the clock's "now" in office hours.
     *
     * @param receivedAt when, in Shanghai
     * @param phone      the customer's phone
     * @param address    the customer's address
     * @return the body
     */
    static Map<String, Object> intake(java.time.LocalDateTime receivedAt, String phone, String address) {
        Map<String, Object> o = new java.util.LinkedHashMap<>();
        o.put("idempotencyKey", java.util.UUID.randomUUID().toString());
        o.put("channel", "PHONE");
        o.put("customer", Map.of("name", "张三丰", "phone", phone, "address", address));
        o.put("contentSummary", "保洁员态度生硬");
        o.put("routing", Map.of("department", "C01", "acceptingLevel", "SERVICE_CENTRE"));
        o.put("receivedAt", receivedAt.atZone(MutableClock.SHANGHAI).toInstant().toString());
        o.put("replyAgreement", Map.of("method", "PHONE", "basis", "CUSTOMER_WISH"));
        o.put("followUpChannel", "PHONE");
        return o;
    }
}
