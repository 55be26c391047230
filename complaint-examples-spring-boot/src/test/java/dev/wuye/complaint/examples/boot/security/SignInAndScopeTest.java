package dev.wuye.complaint.examples.boot.security;

import dev.wuye.complaint.examples.boot.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.boot.actor.SecurityActorResolver;
import dev.wuye.complaint.examples.boot.security.HttpCalls.Answer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sign-in and reach in the host, over real HTTP (and MockMvc for the pages' forms): the example users of
 * {@code application.yml} sign in with HTTP Basic on the API; the {@code X-Staff-*} headers are ignored; a case of
 * another department answers exactly as an unknown one; the pages' forms need their CSRF token; the session cookie
 * is Secure, HttpOnly and SameSite; no error body shows an exception, a stack trace or SQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sign-in-and-scope;DB_CLOSE_DELAY=-1",
        "db-scheduler.enabled=false"})
@AutoConfigureMockMvc
class SignInAndScopeTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 10 March 2025, 10:00 in Shanghai: office hours on a working day. */
    static final Instant MONDAY_10_AM = LocalDateTime.of(2025, 3, 10, 10, 0).atZone(SHANGHAI).toInstant();
    /** Friday 14 March 2025, 10:00: a complaint accepted on Monday is past its 3 working days. */
    static final Instant FRIDAY_10_AM = LocalDateTime.of(2025, 3, 14, 10, 0).atZone(SHANGHAI).toInstant();

    /** The policy of the pages, as the console's contract states it. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

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

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityActorResolver actors;

    HttpCalls http;

    @BeforeEach
    void connect() {
        http = new HttpCalls(port);
        clock.set(MONDAY_10_AM);
    }

    @Test
    @DisplayName("An API request without sign-in is a 401 problem with a Basic challenge")
    void anonymousIsRefused() {
        Answer a = http.get("/api/sla", null).isProblem(401);
        assertThat(a.body()).containsEntry("type", "https://wuye.dev/problems/unauthenticated");
        assertThat(a.header("WWW-Authenticate")).startsWith("Basic");
        http.get("/api/complaints/ANY", null).isProblem(401);
        http.post("/api/complaints", null, HttpCalls.complaint("C01", MONDAY_10_AM)).isProblem(401);
    }

    @Test
    @DisplayName("A wrong password, an unknown user and no credentials get the same 401: which part was wrong is not told")
    void wrongPasswordTellsNothing() {
        Answer none = http.get("/api/sla", null).isProblem(401);
        Answer wrongPassword = http.get("/api/sla", null, "Authorization", HttpCalls.basic("r-wang", "wuye-demo!"))
                .isProblem(401);
        Answer unknownUser = http.get("/api/sla", null, "Authorization", HttpCalls.basic("r-wong", "wuye-demo"))
                .isProblem(401);
        assertThat(wrongPassword.raw()).isEqualTo(none.raw()).isEqualTo(unknownUser.raw());
        assertThat(wrongPassword.raw()).doesNotContainIgnoringCase("bad credentials").doesNotContain("r-wang");
    }

    @Test
    @DisplayName("R-3 header impersonation: X-Staff-Roles GENERAL_MANAGER without sign-in is a 401; nothing is done")
    void headersWithoutSignInAreRefused() {
        String id = http.validComplaint("r-wang", "C01", MONDAY_10_AM);
        String[] generalManager = {"X-Staff-Id", "gm-zheng", "X-Staff-Roles", "GENERAL_MANAGER", "X-Department", "GMD"};
        http.get("/api/complaints/" + id, null, generalManager).isProblem(401);
        http.post("/api/complaints/" + id + "/assign", null, Map.of("handlerIds", List.of("hd-zhao")), generalManager)
                .isProblem(401);
        assertThat(http.get("/api/complaints/" + id + "/audit", "r-wang").list()).extracting(e -> e.get("command"))
                .containsExactly("ReceiveOpinion", "Classify");
    }

    @Test
    @DisplayName("R-4.3.1a r-wang signed in with X-Staff-* headers naming the general manager acts as r-wang: assigning is refused 403 naming the rule; the audit names r-wang")
    void signedInUserWithHeadersActsAsThemselves() {
        String[] generalManager = {"X-Staff-Id", "gm-zheng", "X-Staff-Roles", "GENERAL_MANAGER", "X-Department", "GMD"};
        Answer created = http.post("/api/complaints", "r-wang", HttpCalls.complaint("C01", MONDAY_10_AM), generalManager);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = (String) created.body().get("id");
        assertThat(http.post("/api/complaints/" + id + "/classify", "r-wang", HttpCalls.CLASSIFY, generalManager).status())
                .isEqualTo(200);

        Answer assign = http.post("/api/complaints/" + id + "/assign", "r-wang",
                Map.of("handlerIds", List.of("hd-zhao")), generalManager).isProblem(403);
        assertThat(assign.body()).containsEntry("type", "https://wuye.dev/problems/permission-refused")
                .containsEntry("ruleId", "R-4.3.1a");

        assertThat(http.get("/api/complaints/" + id + "/audit", "r-wang").list()).extracting(e -> e.get("actorId"))
                .containsExactly("r-wang", "r-wang");
        // Nor do the headers widen the reach: X-Department C02 does not open a C02 case to r-wang.
        String c02 = http.validComplaint("r-chen", "C02", MONDAY_10_AM);
        http.get("/api/complaints/" + c02, "r-wang", "X-Department", "C02", "X-Staff-Roles", "GMD_STAFF").isProblem(404);
    }

    @Test
    @DisplayName("R-3.3 each centre reaches its own cases: a C01 case read, audited or commanded by r-chen (C02) answers exactly like an unknown id (404); g-zhou (GMD) reads it")
    void anotherDepartmentsCaseIsNotRevealed() {
        String id = http.validComplaint("r-wang", "C01", MONDAY_10_AM);
        String unknown = "NO-SUCH-CASE";

        same(http.get("/api/complaints/" + id, "r-chen"), id, http.get("/api/complaints/" + unknown, "r-chen"), unknown);
        same(http.get("/api/complaints/" + id + "/audit", "r-chen"), id,
                http.get("/api/complaints/" + unknown + "/audit", "r-chen"), unknown);
        same(http.post("/api/complaints/" + id + "/customer-update", "r-chen", Map.of("text", "已联系客户")), id,
                http.post("/api/complaints/" + unknown + "/customer-update", "r-chen", Map.of("text", "已联系客户")), unknown);
        same(http.post("/api/complaints/" + id + "/assign", "h-sun", Map.of("handlerIds", List.of("r-chen"))), id,
                http.post("/api/complaints/" + unknown + "/assign", "h-sun", Map.of("handlerIds", List.of("r-chen"))),
                unknown);

        Answer got = http.get("/api/complaints/" + id, "g-zhou");
        assertThat(got.status()).as(got.raw()).isEqualTo(200);
        assertThat(got.body()).containsEntry("id", id).containsEntry("department", "C01");
        assertThat(http.get("/api/complaints/" + id + "/audit", "gm-zheng").status()).isEqualTo(200);
        // Nothing was done by the refused commands.
        assertThat(http.get("/api/complaints/" + id + "/audit", "r-wang").list()).extracting(e -> e.get("command"))
                .containsExactly("ReceiveOpinion", "Classify");
    }

    /** Two 404 answers alike but for the id asked for: status, media type and body. */
    private static void same(Answer scoped, String id, Answer unknown, String unknownId) {
        scoped.isProblem(404);
        unknown.isProblem(404);
        assertThat(scoped.body()).containsEntry("type", "https://wuye.dev/problems/not-found").containsEntry("id", id);
        assertThat(scoped.header("Content-Type")).isEqualTo(unknown.header("Content-Type"));
        assertThat(scoped.raw().replace(id, "{id}")).isEqualTo(unknown.raw().replace(unknownId, "{id}"));
    }

    @Test
    @DisplayName("R-4.7 the SLA lists of r-chen (C02) leave out C01's overdue case; r-wang (C01) and g-zhou (GMD) see it")
    void slaListsAreScoped() {
        String c01 = http.validComplaint("r-wang", "C01", MONDAY_10_AM);
        String c02 = http.validComplaint("r-chen", "C02", MONDAY_10_AM);
        clock.set(FRIDAY_10_AM);

        List<Map<String, Object>> chen = http.get("/api/sla/overdue", "r-chen").list();
        assertThat(chen).extracting(a -> a.get("caseId")).contains(c02).doesNotContain(c01);
        assertThat(chen).allSatisfy(a -> assertThat(a.get("department")).isEqualTo("C02"));
        Map<String, Object> chenScan = http.get("/api/sla", "r-chen").body();
        assertThat(lists(chenScan)).noneSatisfy(a -> assertThat(a.get("department")).isEqualTo("C01"));
        assertThat(lists(chenScan)).extracting(a -> a.get("caseId")).contains(c02);
        assertThat(http.get("/api/sla/due-soon", "r-chen").list()).noneSatisfy(a ->
                assertThat(a.get("department")).isEqualTo("C01"));

        assertThat(http.get("/api/sla/overdue", "r-wang").list()).extracting(a -> a.get("caseId")).contains(c01)
                .doesNotContain(c02);
        assertThat(http.get("/api/sla/overdue", "g-zhou").list()).extracting(a -> a.get("caseId")).contains(c01, c02);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lists(Map<String, Object> scan) {
        return java.util.stream.Stream.of("overdue", "dueSoon", "unevaluable")
                .flatMap(k -> ((List<Map<String, Object>>) scan.get(k)).stream()).toList();
    }

    @Test
    @DisplayName("R-4.6.2 the monthly table of another department is a 404 for r-chen; his own is the default; g-zhou reads C01's")
    void monthlyTableIsScoped() {
        Answer c01 = http.get("/api/statistics/monthly?month=2025-03&department=C01", "r-chen").isProblem(404);
        assertThat(c01.body()).containsEntry("type", "https://wuye.dev/problems/not-found")
                .containsEntry("department", "C01");
        Answer own = http.get("/api/statistics/monthly?month=2025-03", "r-chen");
        assertThat(own.status()).as(own.raw()).isEqualTo(200);
        assertThat(own.body()).containsEntry("department", "C02");
        Answer gmd = http.get("/api/statistics/monthly?month=2025-03&department=C01", "g-zhou");
        assertThat(gmd.status()).as(gmd.raw()).isEqualTo(200);
        assertThat(gmd.body()).containsEntry("department", "C01");
    }

    @Test
    @DisplayName("Reloading the calendar is the GMD's: a receiver is refused 403 as problem JSON")
    void adminIsTheGmds() {
        Answer refused = http.get("/api/admin/calendar", "r-wang").isProblem(403);
        assertThat(refused.body()).containsEntry("type", "https://wuye.dev/problems/forbidden");
        assertThat(http.post("/api/admin/calendar/reload", "h-li", Map.of()).status()).isEqualTo(403);
        assertThat(http.get("/api/admin/calendar", "g-zhou").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("The pages' session cookie is Secure, HttpOnly and SameSite=Lax; an anonymous page request is sent to /login")
    void sessionCookie() {
        Answer page = http.get("/console", null, "Accept", "text/html");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login");
        String cookie = page.headers("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + page.response().headers().map()));
        assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Lax");
        // An htmx request of a page (a board refreshing after its session expired) is told to load the sign-in page
        // as a whole page, not swapped a redirect into a fragment.
        Answer fragment = http.get("/console/board", null, "HX-Request", "true").isProblem(401);
        assertThat(fragment.header("HX-Redirect")).isEqualTo("/login");
        // The API keeps no session: no cookie at all.
        assertThat(http.get("/api/sla", "r-wang").headers("Set-Cookie")).isEmpty();
    }

    @Test
    @DisplayName("Security headers on pages and API: the Content-Security-Policy, no framing, no sniffing")
    void securityHeaders() {
        for (Answer a : List.of(http.get("/console", null), http.get("/api/sla", "r-wang"), http.get("/api/sla", null))) {
            assertThat(a.header("Content-Security-Policy")).isEqualTo(CSP);
            assertThat(a.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    @DisplayName("CSRF: POST /logout and POST /login without the token are refused 403; with it they are accepted")
    void csrfOnThePages() throws Exception {
        MvcResult noToken = mvc.perform(post("/logout")).andExpect(status().isForbidden()).andReturn();
        assertThat(noToken.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(noToken.getResponse().getContentAsString()).contains("forbidden").doesNotContain("Exception");
        mvc.perform(post("/logout").with(csrf())).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?logout"));

        mvc.perform(post("/login").param("username", "r-wang").param("password", "wuye-demo"))
                .andExpect(status().isForbidden()).andExpect(unauthenticated());
        mvc.perform(post("/login").param("username", "r-wang").param("password", "wrong").with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        mvc.perform(post("/login").param("username", "r-wang").param("password", "wuye-demo").with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/console"))
                .andExpect(authenticated().withUsername("r-wang"))
                .andExpect(header().string("Content-Security-Policy", CSP));
    }

    @Test
    @DisplayName("R-3 a form sign-in is the actor of the configuration: staff id, roles and department of r-wang")
    void formSignInIsTheConfiguredActor() throws Exception {
        MvcResult signedIn = mvc.perform(post("/login").param("username", "r-wang").param("password", "wuye-demo")
                .with(csrf())).andExpect(status().isFound()).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
        assertThat(session).isNotNull();
        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(actors.actorOf(context.getAuthentication())).contains(
                new Actor("r-wang", Set.of(Role.RECEIVER, Role.DUTY_OFFICER), "C01"));
        assertThat(context.getAuthentication().getCredentials()).isNull();
    }
}
