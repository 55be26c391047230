package dev.wuye.complaint.examples.boot.console.monthly;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.PeriodPolicies;
import dev.wuye.complaint.boot.autoconfigure.ComplaintProperties;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.classification.CategoryTaxonomy;
import dev.wuye.complaint.desk.CommandResult;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.desk.SubmitMonthlyTable;
import dev.wuye.complaint.examples.boot.console.ConsoleLabels;
import dev.wuye.complaint.examples.boot.records.ClauseFiveRecords;
import dev.wuye.complaint.examples.boot.records.RecordForm;
import dev.wuye.complaint.examples.boot.security.CaseScope;
import dev.wuye.complaint.examples.boot.web.QueryController.Row;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.report.ClauseFiveViews;
import dev.wuye.complaint.report.Form;
import dev.wuye.complaint.report.ReportTable;
import dev.wuye.complaint.statistics.AnalysisMetric;
import dev.wuye.complaint.statistics.CompanyMonthlyAnalysis;
import dev.wuye.complaint.statistics.MetricChange;
import dev.wuye.complaint.statistics.MonthlyAnalysis;
import dev.wuye.complaint.statistics.MonthlyReportService;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The monthly tables as the console shows them: which table a person may open (their department's; any
 * department's or the company roll-up for the company-wide roles — another department is answered 404),
 * the page's figures and charts, the table as the form of clause 5 for the XLSX download, and the head's
 * submission through the desk.
 */
@Component
public class MonthlyTables {

    private final ComplaintDesk desk;
    private final MonthlyReportService reports;
    private final CaseScope scope;
    private final ConsoleLabels labels;
    private final Clock clock;
    private final PeriodPolicies periods;
    private final CategoryTaxonomy taxonomy = CategoryTaxonomy.propertyManagement();
    private final ClauseFiveViews views;
    private final ClauseFiveRecords records;
    private final ZoneId zone;

    /**
     * @param desk     the desk (tables and the submit command)
     * @param reports  the submissions and due dates
     * @param scope    which departments a person reaches
     * @param labels   the page's words
     * @param clock    "now": the default month is the last finished one
     * @param props    the GMD's department (the period policies) and the zone times are shown in
     * @param records  a department's table as the record of clause 5 (with the head's signature)
     */
    public MonthlyTables(ComplaintDesk desk, MonthlyReportService reports, CaseScope scope, ConsoleLabels labels,
                         Clock clock, ComplaintProperties props, ClauseFiveRecords records) {
        this.desk = desk;
        this.reports = reports;
        this.scope = scope;
        this.labels = labels;
        this.clock = clock;
        this.periods = new PeriodPolicies(props.getGmdDepartment());
        this.records = records;
        this.zone = props.getZone();
        this.views = new ClauseFiveViews(zone, taxonomy);
    }

    /** The month a page opens on when none is asked for: the last finished month. */
    public YearMonth lastFinishedMonth() {
        return YearMonth.now(clock).minusMonths(1);
    }

    /**
     * The table a person asked for.
     *
     * @param actor     the signed-in person
     * @param requested the department asked for; blank for the default
     * @return the department; empty for the company roll-up (the default of the company-wide roles)
     * @throws ResponseStatusException 404 for a department out of the person's reach
     */
    public Optional<String> department(Actor actor, String requested) {
        Optional<Set<String>> reach = scope.departments(actor);
        if (reach.isEmpty()) {
            return requested == null || requested.isBlank() ? Optional.empty() : Optional.of(requested);
        }
        String department = requested == null || requested.isBlank() ? actor.department() : requested;
        if (department == null || !reach.get().contains(department)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return Optional.of(department);
    }

    /**
     * The page.
     *
     * @param actor      the reader
     * @param department the department, empty for the company
     * @param month      the month
     * @param locale     the reader's language
     * @return what the page shows
     */
    public MonthlyPage page(Actor actor, Optional<String> department, YearMonth month, Locale locale) {
        CompanyMonthlyAnalysis company = department.isEmpty() || actor.isCompanyWide()
                ? desk.companyMonthlyTable(month) : null;
        MonthlyAnalysis current = department.isEmpty() ? company.company() : desk.monthlyTable(department.get(), month);
        MonthlyAnalysis previous = analysis(department, month.minusMonths(1));
        boolean english = ConsoleLabels.english(locale);
        List<MonthlyPage.Figure> figures = Arrays.stream(AnalysisMetric.values()).map(m -> {
            Row now = Row.of(m, current, locale);
            return new MonthlyPage.Figure(m.name(), now.label(), now.display(), m.display(previous),
                    change(MetricChange.between(m, previous, current)));
        }).toList();
        String dept = department.orElse(null);
        return new MonthlyPage(dept, month, month.minusMonths(1), figures, charts(previous, current, locale, english),
                current.overdue().stream().map(o -> new MonthlyPage.Overdue(o.caseId(), o.acceptanceDate(), o.deadline(),
                        labels.constant(LifecycleState.class, o.state(), locale))).toList(),
                dept == null ? null : signature(dept, month),
                reports.dueDate(month),
                dept != null && periods.onlyTheHeadSignsTheMonthlyTable().decide(actor, dept).isAllowed(),
                company == null ? List.of() : company.centres().stream().map(MonthlyAnalysis::department).toList(),
                dept == null ? List.of() : records(english));
    }

    /**
     * The table as the form of clause 5 《客户意见统计分析表》: every figure, the breakdowns, the overdue
     * cases and the head's signature once submitted.
     *
     * @param department the department, empty for the company
     * @param month      the month
     * @return the table
     */
    public ReportTable table(Optional<String> department, YearMonth month) {
        return department.map(d -> records.table(Form.MONTHLY_TABLE, d, month)).orElseGet(() ->
                ClauseFiveViews.table(Form.MONTHLY_TABLE, views.monthlyTable(analysis(department, month),
                        Optional.empty())));
    }

    /**
     * The head signs and submits the table, through the desk: its policy and checks decide.
     *
     * @param actor      who submits
     * @param department the department
     * @param month      the month
     * @param summary    the head's written summary
     * @return the desk's answer
     */
    public CommandResult submit(Actor actor, String department, YearMonth month, String summary) {
        return desk.submit(new SubmitMonthlyTable(actor, department, month, summary));
    }

    private MonthlyPage.Signature signature(String department, YearMonth month) {
        return reports.submission(department, month).map(s -> new MonthlyPage.Signature(s.submission().signedBy(),
                s.submission().submittedAt().atZone(zone), s.submission().summary(), s.late())).orElse(null);
    }

    private MonthlyAnalysis analysis(Optional<String> department, YearMonth month) {
        return department.isEmpty() ? desk.companyMonthlyTable(month).company()
                : desk.monthlyTable(department.get(), month);
    }

    private static String change(MetricChange c) {
        if (c.change().isEmpty()) {
            return "—";
        }
        double d = c.change().getAsDouble();
        return c.metric().isRate() ? String.format(Locale.ROOT, "%+.1f pp", d * 100)
                : String.format(Locale.ROOT, "%+d", Math.round(d));
    }

    private List<BarChart> charts(MonthlyAnalysis previous, MonthlyAnalysis current, Locale locale, boolean english) {
        List<BarChart.Value> counts = new ArrayList<>();
        List<BarChart.Value> rates = new ArrayList<>();
        for (AnalysisMetric m : AnalysisMetric.values()) {
            double p = m.value(previous).orElse(Double.NaN);
            double c = m.value(current).orElse(Double.NaN);
            String label = Row.of(m, current, locale).label();
            if (m.isRate() && !(Double.isNaN(p) && Double.isNaN(c))) {
                rates.add(new BarChart.Value(label, p * 100, percent(p), c * 100, percent(c)));
            } else if (!m.isRate() && (p != 0 || c != 0)) {
                counts.add(new BarChart.Value(label, p, m.display(previous), c, m.display(current)));
            }
        }
        List<BarChart> charts = new ArrayList<>();
        add(charts, text("monthly.chart.counts", locale), counts, 0);
        add(charts, text("monthly.chart.rates", locale), rates, 100);
        add(charts, text("monthly.chart.byType", locale), breakdown(previous.byType(), current.byType(),
                code -> labels.constant(OpinionType.class, code, locale)), 0);
        add(charts, text("monthly.chart.byChannel", locale), breakdown(previous.byChannel(), current.byChannel(),
                code -> labels.constant(Channel.class, code, locale)), 0);
        add(charts, text("monthly.chart.byCategory", locale), breakdown(previous.byCategory(), current.byCategory(),
                code -> taxonomy.find(code).map(c -> english ? c.labelEn() : c.labelZh()).orElse(code)), 0);
        return charts;
    }

    private static void add(List<BarChart> charts, String title, List<BarChart.Value> values, double scale) {
        if (!values.isEmpty()) {
            charts.add(BarChart.of(title, values, scale));
        }
    }

    private static List<BarChart.Value> breakdown(Map<String, Long> previous, Map<String, Long> current,
                                                  Function<String, String> label) {
        Set<String> codes = new TreeSet<>(previous.keySet());
        codes.addAll(current.keySet());
        return codes.stream().map(code -> {
            long p = previous.getOrDefault(code, 0L);
            long c = current.getOrDefault(code, 0L);
            return new BarChart.Value(label.apply(code), p, Long.toString(p), c, Long.toString(c));
        }).toList();
    }

    private static String percent(double ratio) {
        return Double.isNaN(ratio) ? "—" : String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    private static List<MonthlyPage.RecordLink> records(boolean english) {
        return Arrays.stream(Form.values()).filter(f -> f != Form.MONTHLY_TABLE)
                .map(f -> new MonthlyPage.RecordLink(RecordForm.slug(f), english ? f.titleEn() : f.label())).toList();
    }

    private String text(String key, Locale locale) {
        return labels.text(key, locale);
    }
}
