package dev.wuye.complaint.statistics;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How one figure changed against the previous quarter.
 *
 * @param metric   the figure
 * @param previous its value in the previous quarter (a count, or a ratio; empty when undefined)
 * @param current  its value in this quarter
 * @param change   {@code current − previous} (percentage points ×0.01 for rates); empty if either is undefined
 */
public record MetricChange(AnalysisMetric metric, OptionalDouble previous, OptionalDouble current,
                           OptionalDouble change) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public MetricChange {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(change, "change");
    }

    /**
     * The change of a figure between two tables.
     *
     * @param metric   the figure
     * @param previous the previous quarter
     * @param current  this quarter
     * @return the change
     */
    public static MetricChange between(AnalysisMetric metric, MonthlyAnalysis previous, MonthlyAnalysis current) {
        OptionalDouble p = metric.value(previous);
        OptionalDouble c = metric.value(current);
        OptionalDouble d = p.isPresent() && c.isPresent() ? OptionalDouble.of(c.getAsDouble() - p.getAsDouble())
                : OptionalDouble.empty();
        return new MetricChange(metric, p, c, d);
    }
}
