package dev.wuye.complaint.statistics;

import dev.wuye.complaint.Rejection;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.ReportSubmission;
import dev.wuye.complaint.spi.ReviewRecord;
import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.spi.VisitRecord;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The monthly analysis over the SPI (R-4.6.1–4): reads the month's cases, visits and reviews from
 * {@link Storage}, computes the tables, records the signed submission to the GMD and judges whether
 * it was late. Thread-safe if the storage is.
 */
public final class MonthlyReportService {

    /** {@code ReportSubmission.kind} of a centre's signed monthly table. */
    public static final String MONTHLY_TABLE = "MONTHLY_TABLE";
    /** {@code ReportSubmission.kind} of the company roll-up. */
    public static final String COMPANY_MONTHLY = "COMPANY_MONTHLY";
    /** {@code ReportSubmission.kind} of the quarterly summary. */
    public static final String QUARTERLY_SUMMARY = "QUARTERLY_SUMMARY";

    private static final int PAGE = 500;

    private final Storage storage;
    private final Clock clock;
    private final MonthlyAnalysisCalculator calculator;

    /**
     * @param storage    the storage
     * @param clock      submission times come from here
     * @param calculator the calculator (time limits and settings)
     */
    public MonthlyReportService(Storage storage, Clock clock, MonthlyAnalysisCalculator calculator) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.calculator = Objects.requireNonNull(calculator, "calculator");
    }

    /**
     * Every department's table of a month and the company roll-up.
     *
     * @param month   the month
     * @param rosters department → customer-service staff who owe visits
     * @return the tables
     */
    public CompanyMonthlyAnalysis month(YearMonth month, Map<String, Set<String>> rosters) {
        try (Stream<CaseSnapshot> cases = storage.cases()
                .streamForStatistics(MonthlyAnalysisCalculator.query(null, month, storage.zone()), PAGE)) {
            return calculator.analyse(month, cases, inputs(null, month, rosters));
        }
    }

    /**
     * One department's table of a month.
     *
     * @param department the department
     * @param month      the month
     * @param roster     its customer-service staff who owe visits
     * @return the table
     */
    public MonthlyAnalysis centre(String department, YearMonth month, Set<String> roster) {
        try (Stream<CaseSnapshot> cases = storage.cases()
                .streamForStatistics(MonthlyAnalysisCalculator.query(department, month, storage.zone()), PAGE)) {
            return calculator.analyse(department, month, cases, inputs(department, month,
                    Map.of(department, roster)));
        }
    }

    /**
     * The quarterly summary with the change against the previous quarter.
     *
     * @param year    the year
     * @param quarter 1–4
     * @param rosters department → staff who owe visits
     * @return the summary
     */
    public QuarterlySummary quarter(int year, int quarter, Map<String, Set<String>> rosters) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4 (R-4.6.4), was " + quarter);
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        List<MonthlyAnalysis> cur = new ArrayList<>();
        List<MonthlyAnalysis> prev = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cur.add(month(first.plusMonths(i), rosters).company());
            prev.add(month(first.minusMonths(3 - i), rosters).company());
        }
        return QuarterlySummary.of(year + "-Q" + quarter, cur, prev);
    }

    private MonthlyInputs inputs(String department, YearMonth month, Map<String, Set<String>> rosters) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.plusMonths(1).atDay(1);
        List<VisitRecord> visits = storage.visits().find(department, from, to);
        List<ReviewRecord> reviews = storage.reviews().find(department, from, to);
        return new MonthlyInputs(visits, reviews, rosters);
    }

    /**
     * The day a month's table is due at the GMD.
     *
     * @param month the month of the table
     * @return the configured day of the next month
     */
    public LocalDate dueDate(YearMonth month) {
        return month.plusMonths(1).atDay(calculator.settings().submissionDueDay());
    }

    /**
     * Submits a centre's monthly table, with the head's summary and signature, to the GMD
     * . Idempotent: a second submission of the same centre and month returns the
     * first.
     *
     * @param department the centre
     * @param month      the month of the table
     * @param summary    the head's written summary
     * @param signedBy   the head who signs
     * @return the submission (with the due date and whether it was late)
     * @throws IllegalArgumentException when {@link #refusal} refuses the summary or signature
     */
    public Submission submit(String department, YearMonth month, String summary, String signedBy) {
        return submit(department, month.toString(), MONTHLY_TABLE, dueDate(month), summary, signedBy, "R-4.6.3");
    }

    /**
     * Submits the quality supervisor's company roll-up or quarterly summary.
     *
     * @param kind       {@link #COMPANY_MONTHLY} or {@link #QUARTERLY_SUMMARY}
     * @param period     {@code 2025-04} or {@code 2025-Q2}
     * @param department the submitting department (the GMD)
     * @param dueDate    when it is due
     * @param summary    the written summary
     * @param signedBy   the quality supervisor
     * @return the submission
     * @throws IllegalArgumentException when {@link #refusal} refuses the summary or signature
     */
    public Submission submitSummary(String kind, String period, String department, LocalDate dueDate,
                                    String summary, String signedBy) {
        if (!COMPANY_MONTHLY.equals(kind) && !QUARTERLY_SUMMARY.equals(kind)) {
            throw new IllegalArgumentException("kind must be COMPANY_MONTHLY or QUARTERLY_SUMMARY, was " + kind);
        }
        return submit(department, period, kind, dueDate, summary, signedBy, "R-4.6.4");
    }

    /**
     * Why a summary or signature cannot be submitted (R-4.6.3 for a table, R-4.6.4 for the quality
     * supervisor's summaries): the written summary is required and at most
     * {@value CaseSnapshot#MAX_TEXT_LENGTH} characters, the signature is required.
     *
     * @param ruleId   the rule the refusal names
     * @param summary  the written summary
     * @param signedBy who signs
     * @return the refusal, or empty when the submission may be stored
     */
    public static Optional<Rejection> refusal(String ruleId, String summary, String signedBy) {
        if (summary == null || summary.isBlank()) {
            return Optional.of(Rejection.of(ruleId, "report.summaryRequired", summary == null ? "null" : "blank"));
        }
        if (summary.length() > CaseSnapshot.MAX_TEXT_LENGTH) {
            return Optional.of(Rejection.of(ruleId, "period.textTooLong", "summary", summary.length(),
                    CaseSnapshot.MAX_TEXT_LENGTH));
        }
        if (signedBy == null || signedBy.isBlank()) {
            return Optional.of(Rejection.of(ruleId, "report.signatureRequired", signedBy == null ? "null" : "blank"));
        }
        return Optional.empty();
    }

    private Submission submit(String department, String period, String kind, LocalDate due, String summary,
                              String signedBy, String rule) {
        refusal(rule, summary, signedBy).ifPresent(r -> {
            throw new IllegalArgumentException(r.toString());
        });
        ReportSubmission s = new ReportSubmission(kind + ":" + department + ":" + period, department, period, kind,
                summary, signedBy, clock.instant());
        boolean stored = storage.submissions().append(s);
        ReportSubmission kept = stored ? s : storage.submissions().findById(s.id()).orElse(s);
        return new Submission(kept, due, isLate(kept, due), !stored);
    }

    /**
     * The submission of a centre's table, if any, and whether it was late.
     *
     * @param department the centre
     * @param month      the month
     * @return the outcome of the earlier submission, or empty when not submitted yet
     */
    public Optional<Submission> submission(String department, YearMonth month) {
        LocalDate due = dueDate(month);
        return storage.submissions().findById(MONTHLY_TABLE + ":" + department + ":" + month)
                .map(s -> new Submission(s, due, isLate(s, due), true));
    }

    /**
     * Whether a centre's table is overdue today: not submitted and the due date has passed.
     *
     * @param department the centre
     * @param month      the month
     * @return overdue or not
     */
    public boolean overdue(String department, YearMonth month) {
        return submission(department, month).isEmpty()
                && LocalDate.now(clock.withZone(storage.zone())).isAfter(dueDate(month));
    }

    private boolean isLate(ReportSubmission s, LocalDate due) {
        return LocalDate.ofInstant(s.submittedAt(), storage.zone()).isAfter(due);
    }
}
