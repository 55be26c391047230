package dev.wuye.complaint.statistics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The month's tables of every department and the company roll-up, which is by
 * construction the sum of its departments.
 *
 * @param period           the month, {@code 2025-04}
 * @param centres          one table per department, by department
 * @param company          their sum
 * @param unevaluable      how many cases could not be evaluated and are in no figure
 * @param unevaluableCases the first {@link #UNEVALUABLE_LISTED} of them, with the reason
 */
public record CompanyMonthlyAnalysis(String period, List<MonthlyAnalysis> centres, MonthlyAnalysis company,
                                     long unevaluable, List<UnevaluableCase> unevaluableCases) {

    /** How many unevaluable cases a table lists by name (all are counted). */
    public static final int UNEVALUABLE_LISTED = 100;

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public CompanyMonthlyAnalysis {
        Objects.requireNonNull(period, "period");
        centres = List.copyOf(centres);
        Objects.requireNonNull(company, "company");
        unevaluableCases = List.copyOf(unevaluableCases);
        if (unevaluable < unevaluableCases.size()) {
            throw new IllegalArgumentException("unevaluable: value " + unevaluable + ": must be at least the "
                    + unevaluableCases.size() + " cases listed");
        }
    }

    /**
     * The tables with every case evaluated.
     *
     * @param period  the month, {@code 2025-04}
     * @param centres one table per department, by department
     * @param company their sum
     */
    public CompanyMonthlyAnalysis(String period, List<MonthlyAnalysis> centres, MonthlyAnalysis company) {
        this(period, centres, company, 0, List.of());
    }

    /**
     * These tables with the cases that could not be evaluated.
     *
     * @param count  how many
     * @param listed the first {@link #UNEVALUABLE_LISTED} of them
     * @return the tables with them
     */
    public CompanyMonthlyAnalysis withUnevaluable(long count, List<UnevaluableCase> listed) {
        return new CompanyMonthlyAnalysis(period, centres, company, count, listed);
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
