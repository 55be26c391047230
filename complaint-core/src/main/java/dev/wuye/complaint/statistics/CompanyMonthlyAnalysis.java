package dev.wuye.complaint.statistics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The month's tables of every department and the company roll-up, which is by
 * construction the sum of its departments.
 *
 * @param period  the month, {@code 2025-04}
 * @param centres one table per department, by department
 * @param company their sum
 */
public record CompanyMonthlyAnalysis(String period, List<MonthlyAnalysis> centres, MonthlyAnalysis company) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public CompanyMonthlyAnalysis {
        Objects.requireNonNull(period, "period");
        centres = List.copyOf(centres);
        Objects.requireNonNull(company, "company");
    }

    /**
     * Rolls departments' tables up.
     *
     * @param period   the month
     * @param centres  the departments' tables
     * @param settings the company name and overdue list limit
     * @return the roll-up
     */
    public static CompanyMonthlyAnalysis rollUp(String period, List<MonthlyAnalysis> centres,
                                                StatisticsSettings settings) {
        MonthlyAnalysis total = MonthlyAnalysis.empty(settings.companyDepartment(), period);
        for (MonthlyAnalysis c : centres) {
            total = total.plus(c, settings.companyDepartment(), settings.overdueListLimit());
        }
        return new CompanyMonthlyAnalysis(period, centres, total);
    }

    /**
     * One department's table.
     *
     * @param department the department
     * @return its table, or empty when it had nothing that month
     */
    public Optional<MonthlyAnalysis> centre(String department) {
        return centres.stream().filter(c -> c.department().equals(department)).findFirst();
    }
}
