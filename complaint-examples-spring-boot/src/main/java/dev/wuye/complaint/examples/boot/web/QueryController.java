package dev.wuye.complaint.examples.boot.web;

import dev.wuye.complaint.examples.boot.ComplaintHostProperties;
import dev.wuye.complaint.examples.boot.sla.SlaAlertView;
import dev.wuye.complaint.examples.boot.sla.SlaScanView;
import dev.wuye.complaint.sla.SlaLevel;
import dev.wuye.complaint.sla.SlaMonitor;
import dev.wuye.complaint.statistics.AnalysisMetric;
import dev.wuye.complaint.statistics.MonthlyAnalysis;
import dev.wuye.complaint.statistics.MonthlyReportService;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only views: the cases due soon and overdue now (R-4.7, R-4.4.2b, R-4.2.1b, R-4.4.1b), and a
 * department's monthly analysis table with labels in the request's language.
 */
@RestController
@RequestMapping("/api")
public class QueryController {

    private final SlaMonitor monitor;
    private final MonthlyReportService reports;
    private final Clock clock;
    private final ComplaintHostProperties props;

    /**
     * @param monitor the SLA monitor (only its side-effect-free query is used here)
     * @param reports the monthly tables
     * @param clock   "now"
     * @param props   the default department
     */
    public QueryController(SlaMonitor monitor, MonthlyReportService reports, Clock clock, ComplaintHostProperties props) {
        this.monitor = monitor;
        this.reports = reports;
        this.clock = clock;
        this.props = props;
    }

    /**
     * The SLA state now: overdue and due-soon clocks, cases whose clocks could not be evaluated (and
     * how many), and the years whose holiday notice is missing (deadlines over them are provisional).
     */
    @GetMapping("/sla")
    public SlaScanView sla() {
        return SlaScanView.of(monitor.query(clock.instant()));
    }

    /** Every clock past its deadline now. */
    @GetMapping("/sla/overdue")
    public List<SlaAlertView> overdue() {
        return alerts(SlaLevel.OVERDUE);
    }

    /** Every clock whose deadline is close now. */
    @GetMapping("/sla/due-soon")
    public List<SlaAlertView> dueSoon() {
        return alerts(SlaLevel.DUE_SOON);
    }

    /** Every case (or weekly review) whose clocks cannot be evaluated now: a person must look at it. */
    @GetMapping("/sla/unevaluable")
    public List<SlaAlertView> unevaluable() {
        return alerts(SlaLevel.UNEVALUABLE);
    }

    private List<SlaAlertView> alerts(SlaLevel level) {
        return monitor.query(clock.instant()).allAlerts().stream().filter(a -> a.level() == level)
                .map(SlaAlertView::of).toList();
    }

    /**
     * One row of the monthly table.
     *
     * @param metric  the figure's code
     * @param label   its name in the request's language
     * @param display the figure as on the form ({@code 12}, {@code 3/4 (75.0%)})
     * @param value   the figure as a number; {@code null} for an undefined rate
     */
    public record Row(String metric, String label, String display, Double value) {

        /**
         * The row of a figure, labelled in a language (English for {@code en}, Chinese otherwise).
         *
         * @param m      the figure
         * @param a      the table
         * @param locale the reader's language
         * @return the row
         */
        public static Row of(AnalysisMetric m, MonthlyAnalysis a, Locale locale) {
            boolean english = "en".equals(locale.getLanguage());
            return new Row(m.name(), english ? m.labelEn() : m.label(), m.display(a),
                    m.value(a).isPresent() ? m.value(a).getAsDouble() : null);
        }
    }

    /**
     * The monthly table of a department.
     *
     * @param department the department
     * @param period     the month
     * @param rows       the figures in table order
     * @param analysis   every figure with its breakdowns (by type, channel, category, overdue list)
     */
    public record MonthlyTable(String department, String period, List<Row> rows, MonthlyAnalysis analysis) {
    }

    /**
     * A department's monthly analysis table 《月客户意见统计分析表》.
     *
     * @param month      {@code 2026-03}, from {@code 1970-01} to {@code 9999-12} (else 400); default the current month
     * @param department the department; default {@code wuye.department}
     * @return the table
     */
    /** The earliest month the table is computed for. */
    static final YearMonth EARLIEST_MONTH = YearMonth.of(1970, 1);
    /** The latest month the table is computed for (a four-digit year). */
    static final YearMonth LATEST_MONTH = YearMonth.of(9999, 12);

    @GetMapping("/statistics/monthly")
    public MonthlyTable monthly(@RequestParam(required = false) String month,
                                @RequestParam(required = false) String department) {
        YearMonth ym;
        try {
            ym = month == null || month.isBlank() ? YearMonth.now(clock) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("month", month);
        }
        if (ym.isBefore(EARLIEST_MONTH) || ym.isAfter(LATEST_MONTH)) {
            throw new InvalidParameterException("month", month);
        }
        String dept = department == null || department.isBlank() ? props.department() : department;
        MonthlyAnalysis a = reports.centre(dept, ym, Set.of());
        Locale locale = LocaleContextHolder.getLocale();
        List<Row> rows = Arrays.stream(AnalysisMetric.values()).map(m -> Row.of(m, a, locale)).toList();
        return new MonthlyTable(dept, a.period(), rows, a);
    }

}
