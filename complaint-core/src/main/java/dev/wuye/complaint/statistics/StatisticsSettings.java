package dev.wuye.complaint.statistics;

import dev.wuye.complaint.visit.VisitQuota;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Settings of the statistics, with the procedure's values as defaults.
 *
 * @param zone               the zone instants are turned into dates in
 * @param overdueListLimit   how many overdue cases a table lists (the count is always complete)
 * @param visitQuota         visits per customer-service employee a month
 * @param submissionDueDay   the monthly table is due at the GMD by this day of the next month
 * @param companyDepartment  the department name of the company roll-up
 */
public record StatisticsSettings(ZoneId zone, int overdueListLimit, VisitQuota visitQuota, int submissionDueDay,
                                 String companyDepartment) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public StatisticsSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(visitQuota, "visitQuota");
        Objects.requireNonNull(companyDepartment, "companyDepartment");
        if (overdueListLimit < 0) {
            throw new IllegalArgumentException("overdueListLimit must be >= 0, was " + overdueListLimit);
        }
        if (submissionDueDay < 1 || submissionDueDay > 28) {
            throw new IllegalArgumentException("submissionDueDay must be 1..28 (R-4.6.2), was " + submissionDueDay);
        }
    }

    /** Asia/Shanghai, 50 overdue cases listed, 2–3 visits, due on the 5th, roll-up named COMPANY. */
    public static StatisticsSettings defaults() {
        return new StatisticsSettings(ZoneId.of("Asia/Shanghai"), 50, VisitQuota.procedure(), 5, "COMPANY");
    }

    /**
     * These settings with another due day.
     *
     * @param day day of the next month, 1..28
     * @return new settings
     */
    public StatisticsSettings withSubmissionDueDay(int day) {
        return new StatisticsSettings(zone, overdueListLimit, visitQuota, day, companyDepartment);
    }

    /**
     * These settings with another overdue list limit.
     *
     * @param limit how many overdue cases to list
     * @return new settings
     */
    public StatisticsSettings withOverdueListLimit(int limit) {
        return new StatisticsSettings(zone, limit, visitQuota, submissionDueDay, companyDepartment);
    }
}
