package dev.wuye.complaint.examples.boot.console.monthly;

import static dev.wuye.complaint.examples.boot.console.board.ConsoleFixture.RECEIVER_C01;
import static dev.wuye.complaint.examples.boot.console.board.ConsoleFixture.RECEIVER_C02;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.examples.boot.console.board.ConsoleFixture;
import dev.wuye.complaint.examples.boot.MutableClock;
import dev.wuye.complaint.statistics.MonthlyReportService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 月度统计分析表 in the console. C01 accepted one valid complaint in February 2025 and, in
 * March, one valid (staff attitude, R-4.2.2a) and one invalid (other, R-4.2.2b); C02 one valid in March. Now
 * is Tuesday 8 April 2025, so the page opens on March, the last finished month. By hand, C01's March: 2
 * accepted (February 1, +1), 1 valid (February 1), 1 invalid (February 0, +1), valid share 1/2 (50.0%)
 * against 1/1 (100.0%), −50.0 pp; the company's March: 3 accepted.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:console-monthly;DB_CLOSE_DELAY=-1",
        "db-scheduler.enabled=false"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyTablePageTest {

    static final LocalDateTime NOW = LocalDateTime.of(2025, 4, 8, 10, 0);

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
    @Autowired
    MonthlyReportService reports;

    @BeforeAll
    void twoMonthsOfComplaints() {
        ConsoleFixture.complaint(desk, clock, RECEIVER_C01, LocalDateTime.of(2025, 2, 10, 10, 0),
                ValidityGround.STAFF_ATTITUDE, "13812345678");
        ConsoleFixture.complaint(desk, clock, RECEIVER_C01, LocalDateTime.of(2025, 3, 10, 10, 0),
                ValidityGround.STAFF_ATTITUDE, "13812345678");
        ConsoleFixture.complaint(desk, clock, RECEIVER_C01, LocalDateTime.of(2025, 3, 11, 10, 0),
                ValidityGround.OTHER, "13812345678");
        ConsoleFixture.complaint(desk, clock, RECEIVER_C02, LocalDateTime.of(2025, 3, 12, 10, 0),
                ValidityGround.STAFF_ATTITUDE, "13712345678");
        clock.set(NOW);
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The figure row of a metric: label, previous, current, change. */
    static String figure(String html, String metric) {
        Matcher m = Pattern.compile("<tr data-metric=\"" + metric + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("figure %s in%n%s", metric, html).isTrue();
        return m.group(1).replaceAll("\\s+", " ");
    }

    @Test
    @DisplayName("R-4.6.2 C01's March table by default: every figure labelled, February beside it, the change by hand")
    void theDepartmentsLastMonthWithThePreviousBeside() throws Exception {
        session = ConsoleFixture.signIn(mvc, "h-li");
        String html = page("/console/monthly");
        assertThat(html).contains("月度统计分析表").contains("2025-03").contains("2025-02");
        assertThat(figure(html, "ACCEPTED")).contains("受理总数").contains(">1<").contains(">2<").contains(">+1<");
        assertThat(figure(html, "VALID_COMPLAINTS")).contains("有效投诉").contains(">+0<");
        assertThat(figure(html, "INVALID_COMPLAINTS")).contains("无效投诉").contains(">0<").contains(">+1<");
        assertThat(figure(html, "VALID_COMPLAINT_SHARE")).contains("1/1 (100.0%)").contains("1/2 (50.0%)")
                .contains("-50.0 pp");
        assertThat(Pattern.compile("<tr data-metric=").matcher(html).results().count()).isEqualTo(26);
        assertThat(html).contains("<svg").contains("class=\"bar current\"").contains("class=\"bar previous\"");
        // March's valid complaint of 10 March was due by 13 March and is still waiting for its handler.
        assertThat(html).contains("2025-03-13").contains("待分派").doesNotContain("AWAITING_ASSIGNMENT");
    }

    @Test
    @DisplayName("in English on ?lang=en, labels from the library's own English names")
    void inEnglish() throws Exception {
        session = ConsoleFixture.signIn(mvc, "h-li");
        String html = page("/console/monthly?department=C01&month=2025-03&lang=en");
        assertThat(figure(html, "ACCEPTED")).contains("Opinions accepted");
        assertThat(html).contains("Monthly analysis table").contains("Sign and submit");
    }

    @Test
    @DisplayName("the monthly table never shows customer data; its record links name the clause-5 forms")
    void noCustomerDataAndRecordLinks() throws Exception {
        session = ConsoleFixture.signIn(mvc, "h-li");
        String html = page("/console/monthly?department=C01&month=2025-03");
        assertThat(html).doesNotContain("13812345678").doesNotContain("138****5678").doesNotContain("张三丰")
                .doesNotContain("3栋2单元501");
        for (String form : new String[] {"intake-log", "handling-form", "visit-log", "duty-handover-log",
                "complaint-follow-up-register", "customer-communication"}) {
            assertThat(html).contains("/console/records/" + form + ".xlsx?department=C01&amp;month=2025-03");
        }
        assertThat(html).contains("/console/monthly.xlsx?department=C01&amp;month=2025-03");
        assertThat(html).doesNotContain(" style=\"").doesNotContainPattern("<script(?![^>]*\\ssrc=)");
    }

    @Test
    @DisplayName("the GMD opens the company roll-up by default: 3 accepted in March, with each department to open")
    void theGmdSeesTheCompany() throws Exception {
        session = ConsoleFixture.signIn(mvc, "g-zhou");
        String html = page("/console/monthly");
        assertThat(html).contains("全公司汇总");
        assertThat(figure(html, "ACCEPTED")).contains(">1<").contains(">3<").contains(">+2<");
        assertThat(html).contains("/console/monthly?department=C01&amp;month=2025-03")
                .contains("/console/monthly?department=C02&amp;month=2025-03");
        assertThat(html).doesNotContain("id=\"sign-and-submit\"");
        String c02 = page("/console/monthly?department=C02&month=2025-03");
        assertThat(figure(c02, "ACCEPTED")).contains(">0<").contains(">1<");
    }

    @Test
    @DisplayName("another department's table is answered 404, page and XLSX alike")
    void anotherDepartmentIsNotFound() throws Exception {
        session = ConsoleFixture.signIn(mvc, "r-chen");
        mvc.perform(get("/console/monthly?department=C01&month=2025-03").session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/console/monthly.xlsx?department=C01&month=2025-03").session(session)).andExpect(status().isNotFound());
        mvc.perform(post("/console/monthly/submit").session(session).with(csrf()).param("department", "C01").param("month", "2025-03")
                .param("summary", "x")).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("R-4.6.2 the XLSX opens with POI and carries C01's March figures as counted by hand")
    void theXlsxHasTheFigures() throws Exception {
        session = ConsoleFixture.signIn(mvc, "hd-zhao");
        MockHttpServletResponse res = mvc.perform(get("/console/monthly.xlsx?department=C01&month=2025-03").session(session))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(res.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(res.getHeader("Content-Disposition")).contains("monthly-table-C01-2025-03.xlsx");
        Map<String, String> items = new LinkedHashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(res.getContentAsByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            Row header = sheet.getRow(0);
            assertThat(f.formatCellValue(header.getCell(0))).isEqualTo("项目");
            assertThat(f.formatCellValue(header.getCell(2))).isEqualTo("数值");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                items.put(f.formatCellValue(sheet.getRow(r).getCell(0)), f.formatCellValue(sheet.getRow(r).getCell(2)));
            }
        }
        assertThat(items).containsEntry("部门", "C01").containsEntry("期间", "2025-03").containsEntry("受理总数", "2")
                .containsEntry("有效投诉", "1").containsEntry("无效投诉", "1").containsEntry("有效投诉率", "1/2 (50.0%)")
                .containsEntry("按类型：COMPLAINT", "2");
        assertThat(String.join(" ", items.values())).doesNotContain("13812345678").doesNotContain("张三丰");
    }

    @Test
    @DisplayName("R-4.6.3 the head sees the sign-and-submit form; a handler does not")
    void onlyTheHeadSeesTheForm() throws Exception {
        session = ConsoleFixture.signIn(mvc, "h-li");
        assertThat(page("/console/monthly?department=C01&month=2025-03")).contains("id=\"sign-and-submit\"");
        session = ConsoleFixture.signIn(mvc, "hd-zhao");
        assertThat(page("/console/monthly?department=C01&month=2025-03")).doesNotContain("id=\"sign-and-submit\"");
        session = ConsoleFixture.signIn(mvc, "h-sun");
        assertThat(page("/console/monthly?department=C02&month=2025-03")).contains("id=\"sign-and-submit\"");
    }

    @Test
    @DisplayName("R-4.6.3 a handler's submission is refused, in Chinese, naming the rule; nothing is recorded")
    void aHandlersSubmissionIsRefused() throws Exception {
        session = ConsoleFixture.signIn(mvc, "hd-zhao");
        String html = mvc.perform(post("/console/monthly/submit").session(session).with(csrf()).param("department", "C01").param("month", "2025-01")
                        .param("summary", "一月小结"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("未能报送").contains("依据 R-4.6.3").contains("只有 C01 的部门负责人签署本部门的月度统计分析表");
        assertThat(reports.submission("C01", YearMonth.of(2025, 1))).isEmpty();
    }

    @Test
    @DisplayName("R-4.6.3 the head's submission without a summary is refused naming the rule, in English when asked")
    void aSubmissionWithoutSummaryIsRefused() throws Exception {
        session = ConsoleFixture.signIn(mvc, "h-li");
        String html = mvc.perform(post("/console/monthly/submit").session(session).with(csrf()).param("department", "C01").param("month", "2024-12")
                        .param("summary", " ").param("lang", "en"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Not submitted").contains("Rule R-4.6.3").contains("summary is required");
        assertThat(reports.submission("C01", YearMonth.of(2024, 12))).isEmpty();
    }

    @Test
    @DisplayName("R-4.6.3 the head signs and submits: recorded through the desk, the page then shows the signature")
    void theHeadSignsAndSubmits() throws Exception {
        session = ConsoleFixture.signIn(mvc, "h-li");
        mvc.perform(post("/console/monthly/submit").session(session).with(csrf()).param("department", "C01").param("month", "2025-01")
                        .param("summary", "一月无投诉，继续保持。"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/monthly?department=C01&month=2025-01"));
        assertThat(reports.submission("C01", YearMonth.of(2025, 1))).hasValueSatisfying(s -> {
            assertThat(s.submission().signedBy()).isEqualTo("h-li");
            assertThat(s.submission().summary()).isEqualTo("一月无投诉，继续保持。");
        });
        String html = page("/console/monthly?department=C01&month=2025-01");
        assertThat(html).contains("已由 h-li 于 2025-04-08 10:00 签字报送").contains("一月无投诉，继续保持。")
                .doesNotContain("id=\"sign-and-submit\"");
    }

    @Test
    @DisplayName("a sign-and-submit without the session's CSRF token is refused before the desk sees it")
    void aSubmissionWithoutCsrfTokenIsRefused() throws Exception {
        session = ConsoleFixture.signIn(mvc, "h-li");
        mvc.perform(post("/console/monthly/submit").session(session).param("department", "C01")
                .param("month", "2024-11").param("summary", "十一月小结")).andExpect(status().isForbidden());
        assertThat(reports.submission("C01", YearMonth.of(2024, 11))).isEmpty();
    }

    @Test
    @DisplayName("a month that is not YYYY-MM is answered 400, page and XLSX alike")
    void aBadMonthIsABadRequest() throws Exception {
        session = ConsoleFixture.signIn(mvc, "h-li");
        mvc.perform(get("/console/monthly?month=2025-13").session(session)).andExpect(status().isBadRequest());
        mvc.perform(get("/console/monthly.xlsx?month=March").session(session)).andExpect(status().isBadRequest());
    }
}
