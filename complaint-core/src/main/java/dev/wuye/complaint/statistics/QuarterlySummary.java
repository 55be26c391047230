package dev.wuye.complaint.statistics;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The quality supervisor's quarterly summary for the management representative and the general
 * manager: the quarter's company figures, the previous quarter's, and the change of each.
 *
 * @param quarter  {@code 2025-Q2}
 * @param current  the quarter's company table (flows summed over its months, stocks at its end)
 * @param previous the previous quarter's company table
 * @param changes  one change per {@link AnalysisMetric}, in table order
 */
public record QuarterlySummary(String quarter, MonthlyAnalysis current, MonthlyAnalysis previous,
                               List<MetricChange> changes) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public QuarterlySummary {
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(previous, "previous");
        changes = List.copyOf(changes);
    }

    /**
     * Builds the summary from the company tables of the months.
     *
     * @param quarter        the quarter name, e.g. {@code 2025-Q2}
     * @param months         the company tables of the quarter's months, oldest first (1–3)
     * @param previousMonths the company tables of the previous quarter's months, oldest first (may be empty)
     * @return the summary
     */
    public static QuarterlySummary of(String quarter, List<MonthlyAnalysis> months, List<MonthlyAnalysis> previousMonths) {
        MonthlyAnalysis cur = combine(quarter, months);
        String prevName = previousMonths.isEmpty() ? "previous" : quarterOf(previousMonths.get(0).period());
        MonthlyAnalysis prev = previousMonths.isEmpty() ? MonthlyAnalysis.empty(cur.department(), prevName)
                : combine(prevName, previousMonths);
        List<MetricChange> changes = Arrays.stream(AnalysisMetric.values())
                .map(m -> MetricChange.between(m, prev, cur)).toList();
        return new QuarterlySummary(quarter, cur, prev, changes);
    }

    /**
     * The quarter a month belongs to.
     *
     * @param month {@code 2025-04}
     * @return {@code 2025-Q2}
     */
    public static String quarterOf(String month) {
        YearMonth m = YearMonth.parse(month);
        return m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * The change of one figure.
     *
     * @param metric the figure
     * @return its change
     */
    public MetricChange change(AnalysisMetric metric) {
        return changes.get(metric.ordinal());
    }

    private static MonthlyAnalysis combine(String name, List<MonthlyAnalysis> months) {
        if (months.isEmpty()) {
            throw new IllegalArgumentException("a quarter needs at least one month's table (R-4.6.4)");
        }
        MonthlyAnalysis acc = MonthlyAnalysis.empty(months.get(0).department(), name);
        for (MonthlyAnalysis m : months) {
            acc = acc.followedBy(m, name);
        }
        return acc;
    }
}
