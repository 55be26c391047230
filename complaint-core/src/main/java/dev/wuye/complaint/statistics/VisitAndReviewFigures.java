package dev.wuye.complaint.statistics;

import dev.wuye.complaint.spi.ReviewRecord;
import dev.wuye.complaint.spi.VisitRecord;
import dev.wuye.complaint.visit.VisitQuotaReport;
import dev.wuye.complaint.visit.VisitService;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One department's customer visits and reviews in the month, from the month's inputs.
 *
 * @param visitsDone    customer visits logged in the month
 * @param visitQuotaMet customer-service staff who met the visit quota / staff
 * @param visitChecks   whether the supervisor checked the visits / 1, undefined without visit staff
 * @param weeklyReviews Mondays of the month whose handling forms the head reviewed / Mondays (R-4.4.2d7)
 */
record VisitAndReviewFigures(long visitsDone, Rate visitQuotaMet, Rate visitChecks, Rate weeklyReviews) {

    /**
     * The figures of a department.
     *
     * @param department the department
     * @param month      the month
     * @param window     the month's bounds
     * @param inputs     visits, reviews and rosters
     * @param settings   the settings (visit quota)
     * @return the figures
     */
    static VisitAndReviewFigures of(String department, YearMonth month, MonthWindow window, MonthlyInputs inputs,
                                    StatisticsSettings settings) {
        List<VisitRecord> visits = inputs.visits().stream()
                .filter(v -> v.department().equals(department) && window.in(v.date())).toList();
        Set<String> roster = inputs.rosters().getOrDefault(department, Set.of());
        boolean visitsChecked = false;
        Set<LocalDate> reviewedWeeks = new HashSet<>();
        for (ReviewRecord r : inputs.reviews()) {
            if (!r.department().equals(department) || !window.in(r.periodStart())) {
                continue;
            }
            if (VisitService.MONTHLY_VISITS.equals(r.kind())) {
                visitsChecked = true;
            } else if (MonthlyAnalysisCalculator.WEEKLY_FORMS.equals(r.kind())
                    && r.periodStart().getDayOfWeek() == DayOfWeek.MONDAY) {
                reviewedWeeks.add(r.periodStart());
            }
        }
        VisitQuotaReport quota = VisitService.quotaReport(department, month, settings.visitQuota(), roster, visits,
                visitsChecked);
        int staff = quota.visitsByStaff().size();
        Rate quotaMet = new Rate(staff - quota.belowQuota().size(), staff);
        Rate checks = staff == 0 ? Rate.UNDEFINED : new Rate(visitsChecked ? 1 : 0, 1);
        return new VisitAndReviewFigures(quota.visitsDone(), quotaMet, checks,
                new Rate(reviewedWeeks.size(), window.mondays()));
    }
}
