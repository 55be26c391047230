package dev.wuye.complaint.examples.boot.console;

import dev.wuye.complaint.examples.boot.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The console's pages over HTTP, signed in through the sign-in form: the intake in office hours, one case per
 * form however often it is sent, the sign-in page in both languages, customers masked where the person does
 * not need them, and my work listing only what the person can act on.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:console-pages;DB_CLOSE_DELAY=-1",
        "db-scheduler.enabled=false"})
@AutoConfigureMockMvc
class ConsolePagesIntegrationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Tuesday 11 March 2025, 10:00 in Shanghai: office hours on a working day. */
    static final LocalDateTime TUESDAY_10_AM = LocalDateTime.of(2025, 3, 11, 10, 0);

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock consolePagesClock() {
            return new MutableClock(TUESDAY_10_AM);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ComplaintDesk desk;

    @BeforeEach
    void office() {
        clock.set(TUESDAY_10_AM);
    }

    MockHttpSession signIn(String user) throws Exception {
        MvcResult r = mvc.perform(formLogin("/login").user(user).password("wuye-demo"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/console")).andReturn();
        return (MockHttpSession) r.getRequest().getSession(false);
    }

    String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    MockHttpServletRequestBuilder intake(MockHttpSession session, String key, String summary) {
        return intake(session, key, summary, "NO_PREFERENCE");
    }

    MockHttpServletRequestBuilder intake(MockHttpSession session, String key, String summary, String basis) {
        return post("/console/intake").session(session).with(csrf())
                .param("idempotencyKey", key).param("channel", "WALK_IN")
                .param("customerName", "李先生").param("customerPhone", "13912345678")
                .param("customerAddress", "5栋1单元302").param("contentSummary", summary)
                .param("department", "C01").param("acceptingLevel", "SERVICE_CENTRE")
                .param("followUpChannel", "PHONE").param("replyBasis", basis);
    }

    @Test
    @DisplayName("R-4.2.1a in office hours the intake form says the receiver accepts it now, with the office hours")
    void officeHoursIntake() throws Exception {
        String form = page(signIn("r-wang"), "/console/intake");
        assertThat(form).contains("办公时间内").contains("08:30–17:30").doesNotContain("值班登记，应于")
                .contains("name=\"idempotencyKey\"");
    }

    @Test
    @DisplayName("a form sent twice opens one case: both answers lead to the same case page")
    void doubleSubmitOpensOneCase() throws Exception {
        MockHttpSession session = signIn("r-wang");
        String key = UUID.randomUUID().toString();
        String first = mvc.perform(intake(session, key, "楼道灯不亮")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(intake(session, key, "楼道灯不亮")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(first).startsWith("/console/cases/").isEqualTo(second);
        List<CaseSnapshot> withKey = desk.storage().cases().stream(CaseQuery.all(), 100)
                .filter(c -> c.idempotencyKey().endsWith(key)).toList();
        assertThat(withKey).hasSize(1);
        assertThat(withKey.get(0).dutyRegistration()).isFalse();
        assertThat(withKey.get(0).receiverId()).isEqualTo("r-wang");
    }

    @Test
    @DisplayName("R-4.2.5b an agreement without its time and method is refused on the form, naming the rule, in English too")
    void incompleteAgreementRefused() throws Exception {
        MockHttpSession session = signIn("r-wang");
        String body = mvc.perform(intake(session, UUID.randomUUID().toString(), "电梯异响", "AGREED")
                        .param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("id=\"refusal\"").contains("R-4.2.5b").contains("Intake");
    }

    @Test
    @DisplayName("the sign-in page says a failed attempt in Chinese by default and in English after ?lang=en")
    void signInPageInBothLanguages() throws Exception {
        String zh = mvc.perform(get("/login").param("error", "")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(zh).contains("用户名或密码不正确。").contains("lang=\"zh-CN\"");
        String en = mvc.perform(get("/login").param("error", "").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains("The user name or password is not right.").contains("lang=\"en\"");
    }

    @Test
    @DisplayName("the customer in full for the case's receiver, masked for the supervisor; my work lists only actionable cases")
    void maskingAndMyWork() throws Exception {
        MockHttpSession receiver = signIn("r-wang");
        String location = mvc.perform(intake(receiver, UUID.randomUUID().toString(), "垃圾清运不及时"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring("/console/cases/".length());
        assertThat(page(receiver, location)).contains("13912345678").contains("5栋1单元302");
        String work = page(receiver, "/console");
        assertThat(work).contains(id).contains("待定性").contains("139****5678").doesNotContain("13912345678");

        MockHttpSession supervisor = signIn("s-qian");
        String seen = page(supervisor, location);
        assertThat(seen).contains("139****5678").doesNotContain("13912345678").doesNotContain("5栋1单元302");
        assertThat(page(supervisor, "/console")).doesNotContain(id);

        MockHttpSession otherDepartment = signIn("r-chen");
        mvc.perform(get(location).session(otherDepartment)).andExpect(status().isNotFound());
        mvc.perform(get(location + "/classify").session(otherDepartment)).andExpect(status().isNotFound());
    }
}
