package dev.wuye.complaint.examples.boot.console.board;

import static dev.wuye.complaint.examples.boot.console.board.ConsoleFixture.RECEIVER_C01;
import static dev.wuye.complaint.examples.boot.console.board.ConsoleFixture.RECEIVER_C02;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.examples.boot.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 时限看板: the SLA board of the console as the people of C01, C02 and the GMD see it, over the desk's own SLA
 * query. Three complaints: C01's received Monday 10 March 2025 (time limit: three working days, to
 * Thursday 13 March, overdue from Friday 00:00), C01's received Thursday 13 March (to Tuesday 18 March, due soon
 * on Monday 17 March with one working day left), C02's received Monday 10 March. Now is Monday 17 March 10:00:
 * the first is two working days past its limit (Friday 14 and Monday 17).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:console-board;DB_CLOSE_DELAY=-1",
        "db-scheduler.enabled=false"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaBoardPageTest {

    static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 17, 10, 0);

    @TestConfiguration
    static class People {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ComplaintDesk desk;
    @Autowired
    MutableClock clock;
    MockHttpSession session;

    String overdueC01;
    String dueSoonC01;
    String c02;

    @BeforeAll
    void threeComplaints() {
        overdueC01 = ConsoleFixture.complaint(desk, clock, RECEIVER_C01, LocalDateTime.of(2025, 3, 10, 10, 0),
                ValidityGround.STAFF_ATTITUDE, "13812345678");
        dueSoonC01 = ConsoleFixture.complaint(desk, clock, RECEIVER_C01, LocalDateTime.of(2025, 3, 13, 10, 0),
                ValidityGround.STAFF_ATTITUDE, "13912345678");
        c02 = ConsoleFixture.complaint(desk, clock, RECEIVER_C02, LocalDateTime.of(2025, 3, 10, 11, 0),
                ValidityGround.STAFF_ATTITUDE, "13712345678");
        clock.set(NOW);
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The board's row of a case's clock. */
    static String row(String html, String caseId, String clock) {
        Matcher m = Pattern.compile("<tr[^>]*data-case=\"" + Pattern.quote(caseId) + "\"[^>]*data-clock=\""
                + clock + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("a %s row of %s in%n%s", clock, caseId, html).isTrue();
        return m.group(0);
    }

    @Test
    @DisplayName("R-4.7.1 a C01 handler sees C01's complaint two working days past its limit of Thursday 13 March, its customer masked")
    void overdueRowWithTheHandComputedDeadline() throws Exception {
        session = ConsoleFixture.signIn(mvc, "hd-zhao");
        String html = page("/console/board");
        String row = row(html, overdueC01, "TIME_LIMIT");
        assertThat(row).contains("href=\"/console/cases/" + overdueC01 + "\"")
                .contains("办理时限").contains("已超期").contains("2025-03-14 00:00").contains("超期 2 个工作日")
                .contains("张三丰 138****5678").contains("C01");
        assertThat(html).doesNotContain("13812345678").doesNotContain("3栋2单元501");
    }

    @Test
    @DisplayName("R-4.7.1 the complaint due Tuesday 18 March is due soon with one working day left, after the overdue one")
    void dueSoonRowAfterTheOverdueOnes() throws Exception {
        session = ConsoleFixture.signIn(mvc, "r-wang");
        String html = page("/console/board");
        String row = row(html, dueSoonC01, "TIME_LIMIT");
        assertThat(row).contains("即将到期").contains("2025-03-19 00:00").contains("剩 1 个工作日");
        assertThat(html.indexOf("data-case=\"" + overdueC01 + "\""))
                .isLessThan(html.indexOf("data-case=\"" + dueSoonC01 + "\""));
    }

    @Test
    @DisplayName("a C02 receiver sees C02's overdue complaint and none of C01's")
    void aC02PersonDoesNotSeeC01Cases() throws Exception {
        session = ConsoleFixture.signIn(mvc, "r-chen");
        String html = page("/console/board");
        row(html, c02, "TIME_LIMIT");
        assertThat(html).doesNotContain(overdueC01).doesNotContain(dueSoonC01);
    }

    @Test
    @DisplayName("the GMD sees the whole company: C01's and C02's overdue complaints")
    void theGmdSeesBothDepartments() throws Exception {
        session = ConsoleFixture.signIn(mvc, "g-zhou");
        String html = page("/console/board");
        row(html, overdueC01, "TIME_LIMIT");
        row(html, c02, "TIME_LIMIT");
        assertThat(html).contains("全公司");
    }

    @Test
    @DisplayName("the rows endpoint answers the table rows only, in English when asked")
    void theFragmentIsRowsOnly() throws Exception {
        session = ConsoleFixture.signIn(mvc, "hd-zhao");
        String rows = page("/console/board/rows?lang=en").strip();
        assertThat(rows).startsWith("<tr").endsWith("</tr>")
                .doesNotContain("<html").doesNotContain("<main").doesNotContain("<thead").doesNotContain("<table");
        assertThat(row(rows, overdueC01, "TIME_LIMIT")).contains("Overdue").contains("2 working days overdue");
    }

    @Test
    @DisplayName("the page polls its rows every 30 seconds with htmx, with no inline script or style (CSP)")
    void thePagePollsWithoutInlineScript() throws Exception {
        session = ConsoleFixture.signIn(mvc, "hd-zhao");
        String html = page("/console/board");
        assertThat(html).contains("hx-get=\"/console/board/rows\"").contains("hx-trigger=\"every 30s\"")
                .doesNotContain(" style=\"").doesNotContainPattern("<script(?![^>]*\\ssrc=)")
                .doesNotContainPattern("\\son[a-z]+=\"");
    }

    @Test
    @DisplayName("nobody signed in: the board and its rows send to the sign-in page")
    void anonymousIsSentToSignIn() throws Exception {
        mvc.perform(get("/console/board")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/console/board/rows")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }
}
