package dev.wuye.complaint.visit;

/**
 * The visits each customer-service employee makes a month: 2–3 by the procedure.
 *
 * @param min the least number of visits a month, {@code >= 0}
 * @param max the usual most; more is allowed and reported, not rejected
 */
public record VisitQuota(int min, int max) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public VisitQuota {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("visit quota must satisfy 0 <= min <= max (R-4.5.1), was "
                    + min + ".." + max);
        }
    }

    /** The procedure's 2–3 visits a month. */
    public static VisitQuota procedure() {
        return new VisitQuota(2, 3);
    }
}
