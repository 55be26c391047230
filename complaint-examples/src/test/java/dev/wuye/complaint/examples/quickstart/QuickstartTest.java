package dev.wuye.complaint.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.report.Form;
import dev.wuye.complaint.report.ReportTable;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quickstart as a new user runs it: one command, one month, the table printed, the files written. */
class QuickstartTest {

    @TempDir
    static Path dir;

    static Quickstart.Result zh;
    static String zhOut;

    @BeforeAll
    static void runTheMonthInChinese() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            zh = Quickstart.simulate(QuickstartArgs.parse(new String[] {"--out", dir.resolve("zh").toString()}), out);
        }
        zhOut = buf.toString(StandardCharsets.UTF_8);
    }

    static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Quickstart.run(args, o, e);
        }
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    @DisplayName("R-4.6.2 the month prints the monthly analysis table in Chinese and writes the XLSX and HTML files")
    void printsTheTableAndWritesTheFiles() throws Exception {
        assertThat(zhOut).contains("月客户意见统计分析表").contains("受理总数").contains("处理及时率").contains("转下月处理");
        assertThat(zh.files()).hasSize(3).allSatisfy(f -> assertThat(f).isRegularFile().isNotEmptyFile());

        try (InputStream in = Files.newInputStream(zh.files().get(1)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).as("the six records of clause 5 and the customer communication sheet")
                    .isEqualTo(7);
            for (int i = 0; i < 7; i++) {
                assertThat(wb.getSheetName(i)).isEqualTo(Form.values()[i].label());
            }
            Sheet intake = wb.getSheet(Form.INTAKE_LOG.label());
            assertThat(intake.getLastRowNum()).as("one intake-log row per opinion of the month").isEqualTo((int) zh.current().accepted());
        }
        try (InputStream in = Files.newInputStream(zh.files().get(0)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            assertThat(wb.getSheetName(0)).isEqualTo(Form.MONTHLY_TABLE.label());
        }
        String html = Files.readString(zh.files().get(2), StandardCharsets.UTF_8);
        assertThat(html).contains("Chart.js v4.4.1").contains("new Chart(").contains("<canvas id=\"types\"")
                .contains("<canvas id=\"categories\"").contains("<canvas id=\"rates\"").contains("<canvas id=\"trend\"")
                .doesNotContainPattern("<script[^>]+src=").doesNotContain("cdn.");
    }

    @Test
    @DisplayName("R-4.2.1b R-4.2.4b R-4.3.1c R-4.3.1d R-4.3.1f R-4.4.2d R-4.4.2d6 R-4.5.1 R-4.8.1 the simulated month covers the procedure")
    void theMonthCoversTheProcedure() {
        var m = zh.current();
        assertThat(m.byType().keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(OpinionType.values()).map(Enum::name).toList());
        assertThat(m.byChannel().keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Channel.values()).map(Enum::name).toList());
        assertThat(m.invalidComplaints()).as("R-4.2.4b invalid complaint confirmed by the head").isGreaterThanOrEqualTo(1);
        assertThat(m.major()).as("R-4.3.1c major complaint").isGreaterThanOrEqualTo(1);
        assertThat(m.escalated()).as("R-4.3.1f escalated to the GMD").isGreaterThanOrEqualTo(1);
        assertThat(m.reHandled()).as("R-4.4.2d unsatisfied follow-up re-handled, R-4.4.2d6 recurrence").isGreaterThanOrEqualTo(2);
        assertThat(m.correctiveActions()).as("R-4.3.1b corrective action on the recurrence").isGreaterThanOrEqualTo(1);
        assertThat(m.visitsDone()).as("R-4.5.1 customer visits").isGreaterThanOrEqualTo(4);
        assertThat(m.visitChecks().numerator()).as("R-4.5.3 supervisor checked the visits").isEqualTo(1);
        assertThat(m.carriedOver()).as("R-4.8.1 a case carried over to next month").isGreaterThanOrEqualTo(1);
        ReportTable duty = zh.records().get(Form.DUTY_HANDOVER_LOG.ordinal());
        assertThat(duty.rows()).as("R-4.2.4a holiday registration handled and handed over").hasSizeGreaterThanOrEqualTo(2);
        ReportTable forms = zh.records().get(Form.HANDLING_FORM.ordinal());
        assertThat(java.util.stream.IntStream.range(0, forms.rows().size()).mapToObj(i -> forms.cell(i, "coHandling")))
                .as("R-4.3.1d a form transferred to another department for co-handling")
                .anySatisfy(c -> assertThat(c).contains(MonthSimulation.ENGINEERING));
        assertThat(zh.previous().accepted()).as("a previous month for the trend").isPositive();
        assertThat(zhOut).contains("2025-05-01").contains("2025-05-06");
    }

    @Test
    @DisplayName("R-4.4.2d5 R-4.5.2 R-4.6.3 R-4.6.5 R-4.2.4b the month's records show the online reply, the visit's opinion, the head's signature, online replies counted and the holiday registration")
    void theRecordsShowTheProcedure() {
        ReportTable register = zh.records().get(Form.COMPLAINT_FOLLOW_UP_REGISTER.ordinal());
        assertThat(column(register, "method")).as("R-4.4.2d5 an online reply approved and posted as the follow-up")
                .contains("ONLINE");
        ReportTable intake = zh.records().get(Form.INTAKE_LOG.ordinal());
        ReportTable visits = zh.records().get(Form.VISIT_LOG.ordinal());
        assertThat(column(intake, "channel")).as("R-4.5.2 an opinion raised on a visit").contains("CUSTOMER_VISIT");
        assertThat(column(visits, "opinionIds")).as("R-4.5.2 the visit log names the opinion raised on it")
                .anySatisfy(c -> assertThat(c).isNotEmpty());
        ReportTable monthly = zh.records().get(Form.MONTHLY_TABLE.ordinal());
        assertThat(column(monthly, "item")).as("R-4.6.3 the head's summary and signature").contains("月度小结", "负责人签字");
        assertThat(monthly.cell(column(monthly, "item").indexOf("负责人签字"), "value")).isEqualTo(MonthSimulation.HEAD.staffId());
        var m = zh.current();
        assertThat(m.onlineRepliesSatisfied().denominator() + m.onlineRepliesPending())
                .as("R-4.6.5 the month's table counts online replies: judged or pending").isPositive();
        assertThat(m.onlineRepliesSatisfied().isDefined()).as("R-4.6.5 April's replies are judged in May").isTrue();
        ReportTable communication = zh.records().get(Form.CUSTOMER_COMMUNICATION.ordinal());
        assertThat(column(communication, "dutyOfficerId")).as("R-4.2.4b the holiday registration on the communication sheet")
                .contains("d-sun");
    }

    private static List<String> column(ReportTable t, String key) {
        return java.util.stream.IntStream.range(0, t.rows().size()).mapToObj(i -> t.cell(i, key)).toList();
    }

    @Test
    @DisplayName("Every run prints the same (fixed seed)")
    void sameOutputEveryRun() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            Quickstart.simulate(QuickstartArgs.parse(new String[] {"--out", dir.resolve("zh").toString()}), out);
        }
        assertThat(buf.toString(StandardCharsets.UTF_8)).isEqualTo(zhOut);
    }

    @Test
    @DisplayName("--lang en prints the table in English")
    void english() {
        String[] r = run("--lang", "en", "--out", dir.resolve("en").toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("Monthly customer-opinion analysis table").contains("Opinions accepted");
        String header = r[1].lines().filter(l -> l.startsWith("Figure")).findFirst().orElseThrow();
        assertThat(header).doesNotContainPattern("\\p{IsHan}");
        assertThat(dir.resolve("en").resolve("report-2025-05.html")).content(StandardCharsets.UTF_8)
                .contains("lang=\"en\"").contains("Opinions by type");
    }

    @Test
    @DisplayName("Bad arguments give the usage and exit 2, never a stack trace")
    void badArguments() {
        for (String[] args : List.of(new String[] {"--lang", "fr"}, new String[] {"--out"}, new String[] {"--bogus"})) {
            String[] r = run(args);
            assertThat(r[0]).as(String.join(" ", args)).isEqualTo("2");
            assertThat(r[2]).contains("usage:").contains("error:").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r[1]).isEmpty();
        }
        String[] help = run("--help");
        assertThat(help[0]).isEqualTo("0");
        assertThat(help[1].toLowerCase(Locale.ROOT)).contains("usage:");
    }
}
