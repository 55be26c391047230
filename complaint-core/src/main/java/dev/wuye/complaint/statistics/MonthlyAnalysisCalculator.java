package dev.wuye.complaint.statistics;

import dev.wuye.complaint.classification.RecurrenceDetector;
import dev.wuye.complaint.classification.RecurrenceReport;
import dev.wuye.complaint.classification.RecurrenceSettings;
import dev.wuye.complaint.sla.UnevaluableReason;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Computes the monthly analysis tables (R-4.6.1–3) of every department in one pass over a stream of
 * snapshots, with memory proportional to the number of groups (departments × types, channels,
 * categories, days), plus the bounded overdue list. Each department's figures are kept by metric
 * family: {@link IntakeFigures} (accepted, by type/channel/category, validity, escalated …),
 * {@link HandlingFigures} (closed, carried over, re-handled), {@link FollowUpAnswers} (the customers'
 * answers), {@link RecurrenceDays} (recurrences) and {@link TimeLimitFigures} (on time, followed up,
 * overdue), with the visits and reviews of {@link VisitAndReviewFigures}; the approved online replies
 * are judged in the same pass by the {@link RecurrenceDetector} (R-4.6.5, see {@link OnlineReplyVerdicts}).
 *
 * <p>The stream must hold at least every case accepted before the end of the month that was open or
 * closed on or after the first day of the <em>previous</em> month (so that recurrences of cases
 * completed last month are seen), a few days earlier when the previous month is shorter than the one
 * before it (so that an online reply whose window ends on the previous month's last day is seen):
 * {@link #query(String, YearMonth, ZoneId)} gives that query. Extra cases are harmless. Immutable and
 * thread-safe.
 *
 * <p><b>A bad case never stops the table.</b> Cases are evaluated one by one; a case whose figures cannot
 * be computed (a snapshot no command could write: an unknown code, an acceptance date outside every
 * calendar) is left out of every figure, listed in {@link CompanyMonthlyAnalysis#unevaluableCases()}
 * with the reason and counted in {@link CompanyMonthlyAnalysis#unevaluable()}, and the other cases are
 * counted as usual.
 */
public final class MonthlyAnalysisCalculator {

    private static final Logger LOG = LoggerFactory.getLogger(MonthlyAnalysisCalculator.class);

    /** Group key used when a case has no type or category yet. */
    public static final String UNCLASSIFIED = "UNCLASSIFIED";
    /** {@code ReviewRecord.kind} of a head's weekly review of handling forms (R-4.4.2d7). */
    public static final String WEEKLY_FORMS = "WEEKLY_FORMS";

    private final TimeLimits limits;
    private final StatisticsSettings settings;
    private final RecurrenceDetector recurrences;

    /**
     * A calculator judging online replies with the default recurrence settings in the settings' zone.
     *
     * @param limits   the time limits against the working-day calendar
     * @param settings the settings
     */
    public MonthlyAnalysisCalculator(TimeLimits limits, StatisticsSettings settings) {
        this(limits, settings, new RecurrenceDetector(inZone(RecurrenceSettings.defaults(), settings)));
    }

    /**
     * @param limits      the time limits against the working-day calendar
     * @param settings    the settings
     * @param recurrences judges the online replies; its settings should use the same zone
     */
    public MonthlyAnalysisCalculator(TimeLimits limits, StatisticsSettings settings, RecurrenceDetector recurrences) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.recurrences = Objects.requireNonNull(recurrences, "recurrences");
        if (!limits.zone().equals(settings.zone())) {
            throw new IllegalArgumentException("time limits zone " + limits.zone() + " differs from settings zone "
                    + settings.zone());
        }
    }

    private static RecurrenceSettings inZone(RecurrenceSettings r, StatisticsSettings settings) {
        return new RecurrenceSettings(Objects.requireNonNull(settings, "settings").zone(), r.countedTypes(),
                r.repeatThreshold(), r.repeatWindow(), r.highImpact());
    }

    /** The time limits. */
    public TimeLimits limits() {
        return limits;
    }

    /** The settings. */
    public StatisticsSettings settings() {
        return settings;
    }

    /**
     * The query whose cases a month's tables need.
     *
     * @param department one department, or {@code null} for all
     * @param month      the month
     * @param zone       the zone
     * @return accepted before the month end, open or closed since the first day of the previous month
     *         (or the earliest completion whose online-reply window ends on its last day, if earlier)
     */
    public static CaseQuery query(String department, YearMonth month, ZoneId zone) {
        return new CaseQuery(department, null, month.plusMonths(1).atDay(1),
                OnlineReplyVerdicts.earliestCompletion(month).atStartOfDay(zone).toInstant(), false);
    }

    /**
     * Every department's table of a month and the company roll-up. The departments are those with a
     * case in the stream, a visit, a review or a roster.
     *
     * @param month  the month
     * @param cases  the cases (see the class comment); consumed once
     * @param inputs visits, reviews and rosters of the month
     * @return the tables
     */
    public CompanyMonthlyAnalysis analyse(YearMonth month, Stream<CaseSnapshot> cases, MonthlyInputs inputs) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(inputs, "inputs");
        MonthWindow window = new MonthWindow(month, settings.zone());
        // One calendar for the whole computation, even if a live calendar is swapped meanwhile.
        DueDays due = new DueDays(limits.pinned(), window);
        Map<String, DepartmentMonth> byDepartment = new HashMap<>();
        OnlineReplyVerdicts online = new OnlineReplyVerdicts(window);
        UnevaluableCases unevaluable = new UnevaluableCases();
        // One pass: every case is counted here, and those the recurrence check needs go on to it.
        RecurrenceReport report = recurrences.detect(cases.filter(s -> {
            if (!s.acceptanceDate().isBefore(window.next)) {
                return false;
            }
            DepartmentMonth figures = byDepartment.get(s.department());
            if (figures == null) {
                figures = new DepartmentMonth(due, settings, window);
                byDepartment.put(s.department(), figures);
            }
            try {
                figures.accept(s);
                return online.feeds(s);
            } catch (RuntimeException e) {
                // Any failure of one case, whatever its kind, is that case's entry in the table's
                // unevaluable list; the other cases are counted.
                UnevaluableReason reason = UnevaluableReason.of(e);
                LOG.warn("Monthly table {}: case {} cannot be evaluated ({}): {}", month, s.id(), reason.code(),
                        reason.message());
                unevaluable.add(new UnevaluableCase(s.id(), s.department(), reason));
                return false;
            }
        }), window.last);
        online.judge(report);
        Set<String> departments = new TreeSet<>(byDepartment.keySet());
        departments.addAll(inputs.rosters().keySet());
        inputs.visits().forEach(v -> departments.add(v.department()));
        inputs.reviews().forEach(r -> departments.add(r.department()));
        List<MonthlyAnalysis> centres = new ArrayList<>();
        for (String d : departments) {
            DepartmentMonth figures = byDepartment.get(d);
            centres.add((figures != null ? figures : new DepartmentMonth(due, settings, window))
                    .finish(d, month, inputs, settings, online.satisfied(d), online.pending(d)));
        }
        return CompanyMonthlyAnalysis.rollUp(month.toString(), centres, settings)
                .withUnevaluable(unevaluable.count, unevaluable.first);
    }

    /** The cases that could not be evaluated: how many, and the first {@link CompanyMonthlyAnalysis#UNEVALUABLE_LISTED}. */
    private static final class UnevaluableCases {
        long count;
        final List<UnevaluableCase> first = new ArrayList<>();

        void add(UnevaluableCase c) {
            count++;
            if (first.size() < CompanyMonthlyAnalysis.UNEVALUABLE_LISTED) {
                first.add(c);
            }
        }
    }

    /**
     * One department's table.
     *
     * @param department the department
     * @param month      the month
     * @param cases      the cases; others' cases are ignored
     * @param inputs     visits, reviews and rosters
     * @return the table (empty figures when nothing happened)
     */
    public MonthlyAnalysis analyse(String department, YearMonth month, Stream<CaseSnapshot> cases,
                                   MonthlyInputs inputs) {
        return analyse(month, cases.filter(s -> s.department().equals(department)), inputs).centre(department)
                .orElseGet(() -> emptyTable(department, month, inputs));
    }

    private MonthlyAnalysis emptyTable(String department, YearMonth month, MonthlyInputs inputs) {
        MonthWindow window = new MonthWindow(month, settings.zone());
        return new DepartmentMonth(new DueDays(limits.pinned(), window), settings, window)
                .finish(department, month, inputs, settings, Rate.UNDEFINED, 0);
    }
}
