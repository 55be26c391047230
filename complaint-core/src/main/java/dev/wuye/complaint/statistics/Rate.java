package dev.wuye.complaint.statistics;

import java.util.OptionalDouble;

/**
 * A rate: how many of how many. Undefined (not 0) when the denominator is 0.
 *
 * @param numerator   how many met the criterion, {@code 0 <= numerator <= denominator}
 * @param denominator how many were measured, {@code >= 0}
 */
public record Rate(long numerator, long denominator) {

    /** Nothing measured. */
    public static final Rate UNDEFINED = new Rate(0, 0);

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public Rate {
        if (denominator < 0 || numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a rate needs 0 <= numerator <= denominator, was "
                    + numerator + "/" + denominator);
        }
    }

    /** Whether anything was measured. */
    public boolean isDefined() {
        return denominator > 0;
    }

    /** The ratio in [0, 1], or empty when undefined. */
    public OptionalDouble value() {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }

    /**
     * The sum of two rates: numerators and denominators added (how a roll-up combines rates).
     *
     * @param other the other rate
     * @return the combined rate
     */
    public Rate plus(Rate other) {
        return new Rate(numerator + other.numerator, denominator + other.denominator);
    }

    /** {@code 3/4 (75.0%)}, or {@code 0/0 (—)} when undefined. */
    @Override
    public String toString() {
        return numerator + "/" + denominator + (denominator == 0 ? " (—)"
                : String.format(java.util.Locale.ROOT, " (%.1f%%)", 100.0 * numerator / denominator));
    }
}
