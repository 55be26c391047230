package dev.wuye.complaint.examples.boot.web;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.boot.actor.ActorResolver;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.examples.boot.ComplaintHostProperties;
import dev.wuye.complaint.examples.boot.security.CaseScope;
import dev.wuye.complaint.examples.boot.sla.SlaAlertView;
import dev.wuye.complaint.examples.boot.sla.SlaScanView;
import dev.wuye.complaint.sla.SlaAlert;
import dev.wuye.complaint.sla.SlaLevel;
import dev.wuye.complaint.sla.SlaMonitor;
import dev.wuye.complaint.sla.SlaScan;
import dev.wuye.complaint.statistics.AnalysisMetric;
import dev.wuye.complaint.statistics.MonthlyAnalysis;
import dev.wuye.complaint.statistics.MonthlyReportService;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only views: the cases due soon and overdue now (R-4.7, R-4.4.2b, R-4.2.1b, R-4.4.1b), and a
 * department's monthly analysis table with labels in the request's language. Each answers within the
 * signed-in person's reach ({@link CaseScope}): department staff see their department's cases and table (another
 * department's table is a 404, as if it did not exist); the company-wide roles see every department's.
 */
@RestController
@RequestMapping("/api")
public class QueryController {

    private final SlaMonitor monitor;
    private final MonthlyReportService reports;
    private final Clock clock;
    private final ComplaintHostProperties props;
    private final Reach reach;

    /**
     * Who asks and what that person reaches.
     *
     * @param actors who is signed in
     * @param scope  which cases they reach
     * @param desk   the cases (for a co-handling department's reach)
     */
    public record Reach(ActorResolver actors, CaseScope scope, ComplaintDesk desk) {
    }

    /**
     * @param monitor the SLA monitor (only its side-effect-free query is used here)
     * @param reports the monthly tables
     * @param clock   "now"
     * @param props   the default department
     * @param actors  who is signed in
     * @param scope   which cases and departments they reach
     * @param desk    the cases
     */
    public QueryController(SlaMonitor monitor, MonthlyReportService reports, Clock clock, ComplaintHostProperties props,
                           ActorResolver actors, CaseScope scope, ComplaintDesk desk) {
        this.monitor = monitor;
        this.reports = reports;
        this.clock = clock;
        this.props = props;
        this.reach = new Reach(actors, scope, desk);
    }

    /**
     * The SLA state now: overdue and due-soon clocks, cases whose clocks could not be evaluated (and
     * how many), and the years whose holiday notice is missing (deadlines over them are provisional).
     */
    @GetMapping("/sla")
    public SlaScanView sla() {
        SlaScan s = monitor.query(clock.instant());
        SlaScanView all = SlaScanView.of(s);
        Actor actor = actor();
        if (reach.scope().departments(actor).isEmpty()) {
            return all;
        }
        List<SlaAlertView> unevaluable = within(actor, s.unevaluable());
        return new SlaScanView(all.asOf(), all.casesScanned(),
                (int) unevaluable.stream().filter(a -> a.caseId() != null).count(), all.provisional(),
                all.provisionalYears(), within(actor, s.overdue()), within(actor, s.dueSoon()), unevaluable);
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
        return within(actor(), monitor.query(clock.instant()).allAlerts().stream().filter(a -> a.level() == level)
                .toList());
    }

    /** The alerts within the actor's reach: their department's (or a co-handled case's), or all company-wide. */
    private List<SlaAlertView> within(Actor actor, List<? extends SlaAlert> alerts) {
        Optional<Set<String>> departments = reach.scope().departments(actor);
        return alerts.stream().filter(a -> departments.isEmpty() || departments.get().contains(a.department())
                        || (a.caseId() != null && reach.desk().find(a.caseId())
                        .filter(c -> reach.scope().sees(actor, c)).isPresent()))
                .map(SlaAlertView::of).toList();
    }

    private Actor actor() {
        return reach.actors().currentActor().orElseGet(() -> new Actor(null, Set.of(), null));
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
     * @param department the department; default the person's own ({@code wuye.department} for the company-wide
     *                   roles); one out of the person's reach is a 404
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
        Actor actor = actor();
        Optional<Set<String>> reachable = reach.scope().departments(actor);
        String dept = department != null && !department.isBlank() ? department
                : reachable.isPresent() && actor.department() != null ? actor.department() : props.department();
        if (reachable.isPresent() && !reachable.get().contains(dept)) {
            throw new DepartmentNotFoundException(dept);
        }
        MonthlyAnalysis a = reports.centre(dept, ym, Set.of());
        Locale locale = LocaleContextHolder.getLocale();
        List<Row> rows = Arrays.stream(AnalysisMetric.values()).map(m -> Row.of(m, a, locale)).toList();
        return new MonthlyTable(dept, a.period(), rows, a);
    }

}
