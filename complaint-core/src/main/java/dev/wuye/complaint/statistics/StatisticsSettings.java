package dev.wuye.complaint.statistics;

import dev.wuye.complaint.visit.VisitQuota;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Settings of the statistics. The visit quota defaults to the procedure's value; the other defaults are
 * the project's choice (see {@code docs/rules.md}, Defaults).
 *
 * @param zone               the zone instants are turned into dates in (default Asia/Shanghai; project's
 *                           choice: the procedure gives no time zone)
 * @param overdueListLimit   how many overdue cases a table lists, the count is always complete (default 50;
 *                           project's choice: the procedure gives no list length)
 * @param visitQuota         visits per customer-service employee a month (R-4.5.1: 2–3)
 * @param submissionDueDay   the monthly table is due at the GMD by this day of the next month (R-4.6.2 "指定日期";
 *                           default the 5th; project's choice: the procedure gives no day)
 * @param companyDepartment  the department name of the company roll-up (default {@code COMPANY}; project's
 *                           choice: the procedure gives no name)
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

    /**
     * Asia/Shanghai, 50 overdue cases listed, 2–3 visits (the procedure's), due on the 5th, roll-up named
     * COMPANY. Project's choice: the procedure gives no zone, list length, due day or roll-up name.
     *
     * @return the default settings
     */
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
