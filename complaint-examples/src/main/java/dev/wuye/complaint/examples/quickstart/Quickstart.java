package dev.wuye.complaint.examples.quickstart;

import com.zaxxer.hikari.HikariDataSource;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.desk.CommandResult;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.desk.PeriodResult;
import dev.wuye.complaint.desk.SubmitMonthlyTable;
import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import dev.wuye.complaint.report.ClauseFiveViews;
import dev.wuye.complaint.report.Form;
import dev.wuye.complaint.report.ReportTable;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.ReportSubmission;
import dev.wuye.complaint.statistics.MonthlyAnalysis;
import dev.wuye.complaint.store.jdbc.JdbcPools;
import dev.wuye.complaint.store.jdbc.JdbcStorage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The quickstart: one realistic month at a service centre, run through the real
 * {@code ComplaintDesk} on the embedded default — H2 through the JDBC store, no server to install —
 * with a fixed seed, so every run prints the same. It shows progress day by day, prints the monthly
 * analysis table 《月客户意见统计分析表》 (Chinese; {@code --lang en} for English) and writes to the
 * output folder ({@code --out DIR}, default {@code quickstart-output}): the monthly table, the six
 * records of clause 5 as XLSX, and an HTML report with charts that opens offline.
 *
 * <p>Run it with {@code mvn -q -pl complaint-examples -am compile exec:java}
 * (arguments: {@code -Dexec.args="--lang en --out /tmp/qs"}).
 */
public final class Quickstart {

    /** The simulated month: May 2025 has the Labour Day holiday (1–5 May) for the duty registration. */
    static final YearMonth MONTH = YearMonth.of(2025, 5);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Quickstart() {
    }


    /**
     * Runs the quickstart and exits with its status: 0 done, 2 bad arguments, 1 failure.
     *
     * @param args {@code [--lang zh|en] [--out DIR]}
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the quickstart.
     *
     * @param args the command line
     * @param out  where progress and the table go
     * @param err  where usage and errors go
     * @return 0 done, 2 bad arguments, 1 failure
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        QuickstartArgs a;
        try {
            a = QuickstartArgs.parse(args);
        } catch (QuickstartArgs.HelpRequested help) {
            out.println(QuickstartArgs.USAGE);
            return 0;
        } catch (QuickstartArgs.UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(QuickstartArgs.USAGE);
            return 2;
        }
        try {
            simulate(a, out);
            return 0;
        } catch (IOException e) {
            err.println("error: cannot write to " + a.out().toAbsolutePath() + ": " + e.getMessage());
            return 1;
        }
    }

    /**
     * What a run produced, for the tests.
     *
     * @param previous the previous month's table
     * @param current  the month's table
     * @param records  the six records of clause 5, in the order of clause 5, then the customer communication sheet
     * @param files    the files written
     */
    record Result(MonthlyAnalysis previous, MonthlyAnalysis current, List<ReportTable> records, List<Path> files) {
    }

    static Result simulate(QuickstartArgs args, PrintStream out) throws IOException {
        boolean en = args.english();
        Locale locale = en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        out.println(en ? "wuye-complaint quickstart: one month at service centre C01 (H2 through the JDBC store, seed "
                + MonthSimulation.SEED + ")"
                : "wuye-complaint 快速体验：C01 物业服务中心的一个月（H2 + JDBC 存储，随机种子 " + MonthSimulation.SEED + "）");
        WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();
        StepClock clock = new StepClock(MONTH.minusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant(), ZONE);
        AtomicInteger ids = new AtomicInteger();
        try (HikariDataSource db = JdbcPools.embeddedH2("quickstart-" + UUID.randomUUID())) {
            JdbcStorage storage = new JdbcStorage(db, ZONE);
            ComplaintDesk desk = ComplaintDesk.builder().storage(storage).clock(clock).calendar(calendar)
                    .lifecycleEngine(LifecycleEngines.defaultEngine()).zone(ZONE)
                    .idGenerator(() -> String.format("Q%04d", ids.incrementAndGet()))
                    .visitRosters(Map.of(MonthSimulation.CENTRE, MonthSimulation.VISIT_ROSTER)).build();
            MonthSimulation sim = new MonthSimulation(desk, storage, clock, calendar, ZONE, out, en);
            sim.previousMonth(MONTH.minusMonths(1));
            sim.month(MONTH);

            MonthlyAnalysis previous = desk.monthlyTable(MonthSimulation.CENTRE, MONTH.minusMonths(1));
            MonthlyAnalysis current = desk.monthlyTable(MonthSimulation.CENTRE, MONTH);
            // the department head signs the table
            CommandResult submitted = desk.submit(new SubmitMonthlyTable(MonthSimulation.HEAD, MonthSimulation.CENTRE,
                    MONTH, en ? "Repairs lead; night-time rubbish collection recurred: corrective action opened."
                            : "维修类居多；夜间清运噪音重复发生，已启动纠正预防措施。"));
            Optional<ReportSubmission> signed = submitted instanceof CommandResult.Recorded r
                    ? Optional.of(r.result(PeriodResult.SubmissionRecorded.class).submission()) : Optional.empty();

            MonthlyTablePrinter.print(out, previous, current, en);

            ClauseFiveViews views = ClauseFiveViews.defaults();
            LocalDate from = MONTH.atDay(1);
            LocalDate to = MONTH.plusMonths(1).atDay(1);
            CaseQuery accepted = new CaseQuery(null, from, to, null, false);
            ReportTable monthly = ClauseFiveViews.table(Form.MONTHLY_TABLE, views.monthlyTable(current, signed));
            List<ReportTable> records = List.of(
                    ClauseFiveViews.table(Form.INTAKE_LOG, views.intakeLog(cases(storage, accepted))),
                    ClauseFiveViews.table(Form.HANDLING_FORM, views.handlingForms(cases(storage, accepted))),
                    ClauseFiveViews.table(Form.VISIT_LOG, views.visitLog(storage.visits().find(null, from, to))),
                    monthly,
                    ClauseFiveViews.table(Form.DUTY_HANDOVER_LOG, views.dutyHandoverLog(storage.dutyLog().find(null, from, to))),
                    ClauseFiveViews.table(Form.COMPLAINT_FOLLOW_UP_REGISTER, views.followUpRegister(cases(storage, accepted))),
                    ClauseFiveViews.table(Form.CUSTOMER_COMMUNICATION, views.customerCommunication(cases(storage, accepted))));

            Path dir = args.out();
            Path tableFile = dir.resolve("monthly-table-" + MONTH + ".xlsx");
            Path recordsFile = dir.resolve("records-" + MONTH + ".xlsx");
            Path htmlFile = dir.resolve("report-" + MONTH + ".html");
            XlsxExport.write(tableFile, List.of(monthly), locale);
            XlsxExport.write(recordsFile, records, locale);
            HtmlReport.write(htmlFile, previous, current, monthly, en);
            out.println();
            out.println(en ? "Written:" : "已写出：");
            out.println("  " + tableFile);
            out.println("  " + recordsFile + (en ? "  (the six records of clause 5 and the customer communication sheet)"
                    : "  （规程第5条六种记录及《客户沟通信息表》）"));
            out.println("  " + htmlFile + (en ? "  (open it in a browser; works offline)" : "  （用浏览器打开，可离线查看）"));
            return new Result(previous, current, records, List.of(tableFile, recordsFile, htmlFile));
        }
    }

    private static Stream<CaseSnapshot> cases(JdbcStorage storage, CaseQuery q) {
        return storage.cases().stream(q, 200);
    }
}
