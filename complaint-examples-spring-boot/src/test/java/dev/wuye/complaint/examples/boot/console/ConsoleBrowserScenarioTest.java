package dev.wuye.complaint.examples.boot.console;

import dev.wuye.complaint.examples.boot.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The staff console in a real Chromium: one valid complaint from an off-hours registration to its archive,
 * each step done by the person the procedure names, through the pages they see — the intake form, my work,
 * the case page's buttons (only the allowed actions) and the forms they open. Screenshots of the key steps
 * are saved (see {@link Browser}); docs/console.md shows them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:console-browser;DB_CLOSE_DELAY=-1",
        "db-scheduler.enabled=false"})
class ConsoleBrowserScenarioTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Monday 10 March 2025, 20:00 in Shanghai: after office hours (08:30–17:30) on a working day. */
    static final LocalDateTime MONDAY_8_PM = LocalDateTime.of(2025, 3, 10, 20, 0);

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock consoleTestClock() {
            return new MutableClock(MONDAY_8_PM);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    Browser browser;

    @BeforeEach
    void start() {
        clock.set(MONDAY_8_PM);
        browser = Browser.start("http://localhost:" + port);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @DisplayName("R-4.2.1b–R-4.8.1 a receiver registers off hours and hands over, head assigns, handler proposes (no approve button), head approves and signs, receiver follows up and archives")
    void oneComplaintThroughTheConsole() throws Exception {
        Browser b = browser;
        b.open("/login");
        b.find("#sign-in");
        b.screenshot("01-login");

        // R-4.2.1b: off hours the intake form says it is a duty registration and when the hand-over is due.
        b.signIn("r-wang");
        assertThat(b.find(".me-name").getText()).isEqualTo("王受理");
        b.open("/console/intake");
        assertThat(b.find("#intake-hours").getAttribute("data-duty")).isEqualTo("true");
        assertThat(b.find("#intake-hours").getText()).contains("值班登记").contains("2025-03-11 08:30");

        // Invalid: no description, a phone that is not one — the form comes back with the messages in Chinese.
        b.type("#customerName", "张女士");
        b.type("#customerPhone", "12345");
        b.type("#customerAddress", "3栋2单元501");
        b.click("#replyBasis-CUSTOMER_WISH");
        b.choose("#replyMethod", "PHONE");
        b.screenshot("02-intake-duty-registration");
        b.submit("#register");
        assertThat(b.find("#contentSummary + .field-error").getText()).contains("内容提要");
        assertThat(b.find("#customerPhone + .field-error").getText()).contains("R-4.2.3b");
        assertThat(b.find("#customerName").getAttribute("value")).isEqualTo("张女士");
        b.screenshot("03-intake-field-messages");

        b.type("#customerPhone", "13812345678");
        b.type("#contentSummary", "夜间保洁员态度生硬，拒绝清理电梯厅");
        b.submit("#register");
        String id = b.find("#case").getAttribute("data-case");
        assertThat(b.find("#case").getAttribute("data-state")).isEqualTo("DUTY_REGISTERED");
        assertThat(b.find("#data").getText()).contains("13812345678");
        b.screenshot("04-case-duty-registered");

        // R-4.2.4a: the next morning the duty officer hands it over to the receiver, who classifies it.
        clock.set(LocalDateTime.of(2025, 3, 11, 9, 0));
        b.open("/console/cases/" + id);
        b.click("#action-hand-over");
        b.type("#receiverId", "r-wang");
        b.submit("#submit-hand-over");
        assertThat(state()).isEqualTo("AWAITING_CLASSIFICATION");
        assertThat(b.find("#done").getText()).contains("交接");
        b.click("#action-classify");
        b.choose("#type", "COMPLAINT");
        b.choose("#ground", "STAFF_ATTITUDE");
        b.type("#category", "STAFF_ATTITUDE");
        b.screenshot("05-classify-form");
        b.submit("#submit-classify");
        assertThat(state()).isEqualTo("AWAITING_ASSIGNMENT");
        b.signOut();

        // R-4.3.1a: the head sees it under 待分派 in my work and assigns the handler.
        b.signIn("h-li");
        assertThat(b.find("section[data-state=AWAITING_ASSIGNMENT]").getText()).contains("待分派").contains(id);
        b.screenshot("06-my-work-head");
        b.click("li[data-case='" + id + "'] a.case-id");
        b.click("#action-assign");
        b.type("#handlerIds", "hd-zhao");
        b.submit("#submit-assign");
        assertThat(state()).isEqualTo("INVESTIGATING");
        b.signOut();

        // R-4.3.2a/b: the handler investigates and proposes.
        b.signIn("hd-zhao");
        b.open("/console/cases/" + id);
        b.click("#action-investigation");
        b.type("#facts", "监控录像属实");
        b.click("#onSiteVerified");
        b.type("#analysis", "夜班培训不足");
        b.type("#sameProblemElsewhere", "其他楼栋未见");
        b.submit("#submit-investigation");
        b.click("#action-solution");
        b.type("#solution", "当面致歉，组织夜班服务规范培训");
        b.submit("#submit-solution");
        assertThat(state()).isEqualTo("AWAITING_APPROVAL");

        // R-4.3.2c: no approve button for the handler; forcing the form is refused, naming the rule, in Chinese.
        assertThat(b.present("#action-approve-solution")).isFalse();
        b.screenshot("07-handler-no-approve");
        b.open("/console/cases/" + id + "/approve-solution");
        b.submit("#submit-approve-solution");
        assertThat(b.find("#refusal").getText()).startsWith("不符合规程 R-4.3.2c");
        b.screenshot("08-refusal-with-rule");
        b.signOut();

        // The head approves and, the next day, signs the result (R-4.3.2c, R-4.3.3).
        b.signIn("h-li");
        b.open("/console/cases/" + id);
        assertThat(b.present("#action-approve-solution")).isTrue();
        b.click("#action-approve-solution");
        b.submit("#submit-approve-solution");
        assertThat(state()).isEqualTo("EXECUTING");
        clock.set(LocalDateTime.of(2025, 3, 12, 10, 0));
        b.open("/console/cases/" + id);
        b.click("#action-complete");
        b.type("#result", "已当面致歉，夜班已培训");
        b.submit("#submit-complete");
        assertThat(state()).isEqualTo("AWAITING_FOLLOW_UP");
        b.signOut();

        // the receiver follows up, in English this time.
        b.signIn("r-wang");
        b.open("/console?lang=en");
        assertThat(b.find("#my-work h1").getText()).isEqualTo("My work");
        assertThat(b.find("section[data-state=AWAITING_FOLLOW_UP]").getText()).contains("Awaiting follow-up");
        b.open("/console/cases/" + id);
        b.click("#action-follow-up");
        b.choose("#method", "PHONE");
        b.choose("#timely", "SATISFIED");
        b.choose("#resultSatisfied", "SATISFIED");
        b.choose("#attitudeSatisfied", "SATISFIED");
        b.type("#remarks", "Customer thanked the centre");
        b.screenshot("09-follow-up-english");
        b.submit("#submit-follow-up");
        assertThat(state()).isEqualTo("CLOSED");
        b.open("/console?lang=zh-CN");
        assertThat(b.find("section[data-state=CLOSED]").getText()).contains("待归档");
        b.size(390, 844);
        b.screenshot("10-my-work-phone");
        b.size(1280, 1000);

        // the month is over; the receiver archives the case.
        clock.set(LocalDateTime.of(2025, 4, 1, 9, 0));
        b.open("/console/cases/" + id);
        b.click("#action-archive");
        b.submit("#submit-archive");
        assertThat(state()).isEqualTo("FILED");
        assertThat(b.find("#timeline").getText()).contains("受理登记").contains("交接").contains("定性")
                .contains("分派").contains("批准方案").contains("办结").contains("回访记录").contains("归档");
        assertThat(b.present("#actions a.action")).isFalse();
        b.screenshot("11-case-filed");
        b.signOut();

        // Another department's receiver gets the same 404 page as for a case that does not exist.
        b.signIn("r-chen");
        b.open("/console/cases/" + id);
        assertThat(b.find("#not-found").getText()).isEqualTo("未找到");
        assertThat(b.driver.getPageSource()).doesNotContain("夜间保洁员");
        b.screenshot("12-other-department-404");
        b.open("/console/cases/NO-SUCH-CASE");
        assertThat(b.find("#not-found").getText()).isEqualTo("未找到");

        // An anonymous request to the API is refused.
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/complaints/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("夜间保洁员");
    }

    /** The case page's state, after a submit that should have been accepted (else the page's messages say why). */
    private String state() {
        String messages = browser.driver.findElements(By.cssSelector("#refusal, .field-error")).stream()
                .map(e -> e.getText()).reduce("", (a, e) -> a + " " + e).trim();
        assertThat(messages).as("the page's refusal or field messages").isEmpty();
        return browser.find("#case").getAttribute("data-state");
    }
}
