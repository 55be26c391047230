package dev.wuye.complaint.desk;

import dev.wuye.complaint.Rejection;
import dev.wuye.complaint.authority.Verdict;
import dev.wuye.complaint.statistics.CompanyMonthlyAnalysis;
import dev.wuye.complaint.statistics.MonthlyAnalysis;
import dev.wuye.complaint.statistics.MonthlyReportService;
import dev.wuye.complaint.statistics.QuarterlySummary;
import dev.wuye.complaint.statistics.Submission;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The monthly tables, the company roll-up and the quarterly summary: reading them and submitting them. */
final class ReportingService {

    private final DeskContext ctx;
    private final MonthlyReportService reports;
    private final Map<String, Set<String>> rosters;

    ReportingService(DeskContext ctx, MonthlyReportService reports, Map<String, Set<String>> rosters) {
        this.ctx = ctx;
        this.reports = reports;
        this.rosters = rosters;
    }

    MonthlyAnalysis monthlyTable(String department, YearMonth month) {
        return reports.centre(department, month, rosters.getOrDefault(department, Set.of()));
    }

    CompanyMonthlyAnalysis companyMonthlyTable(YearMonth month) {
        return reports.month(month, rosters);
    }

    QuarterlySummary quarterlySummary(int year, int quarter) {
        return reports.quarter(year, quarter, rosters);
    }

    CommandResult submit(SubmitMonthlyTable c) {
        Verdict v = ctx.periods.onlyTheHeadSignsTheMonthlyTable().decide(c.actor(), c.department());
        if (v instanceof Verdict.Denied d) {
            return DeskContext.rejected(c, d.rejection());
        }
        Optional<Rejection> refusal = MonthlyReportService.refusal("R-4.6.3", c.summary(), c.actor().staffId());
        if (refusal.isPresent()) {
            return DeskContext.rejected(c, refusal.get());
        }
        Submission s = reports.submit(c.department(), c.month(), c.summary(), c.actor().staffId());
        return ctx.recorded(c, c.department(), PeriodResult.SubmissionRecorded.of(s), detail(s));
    }

    CommandResult submit(SubmitCompanyMonthly c) {
        Verdict v = ctx.periods.onlyTheQualitySupervisorSubmitsTheCompanyRollUp().decide(c.actor(), c.actor().department());
        if (v instanceof Verdict.Denied d) {
            return DeskContext.rejected(c, d.rejection());
        }
        return summary(c, MonthlyReportService.COMPANY_MONTHLY, c.month().toString(), c.month(), c.summary());
    }

    CommandResult submit(SubmitQuarterlySummary c) {
        if (c.quarter() < 1 || c.quarter() > 4) {
            return DeskContext.rejected(c, Rejection.of("R-4.6.4", "period.quarterRange", c.quarter()));
        }
        Verdict v = ctx.periods.onlyTheQualitySupervisorSubmitsTheQuarterlySummary().decide(c.actor(), c.actor().department());
        if (v instanceof Verdict.Denied d) {
            return DeskContext.rejected(c, d.rejection());
        }
        return summary(c, MonthlyReportService.QUARTERLY_SUMMARY, c.year() + "-Q" + c.quarter(),
                YearMonth.of(c.year(), c.quarter() * 3), c.summary());
    }

    private CommandResult summary(PeriodCommand c, String kind, String period, YearMonth dueMonth, String summary) {
        Optional<Rejection> refusal = MonthlyReportService.refusal("R-4.6.4", summary, c.actor().staffId());
        if (refusal.isPresent()) {
            return DeskContext.rejected(c, refusal.get());
        }
        String department = c.actor().department();
        Submission s = reports.submitSummary(kind, period, department, reports.dueDate(dueMonth), summary,
                c.actor().staffId());
        return ctx.recorded(c, department, PeriodResult.SubmissionRecorded.of(s), detail(s));
    }

    private static String detail(Submission s) {
        return s.submission().kind() + " " + s.submission().period() + " due " + s.dueDate()
                + (s.late() ? " (late)" : "");
    }
}
