package dev.wuye.complaint.statistics;

import dev.wuye.complaint.spi.ReviewRecord;
import dev.wuye.complaint.spi.VisitRecord;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records besides the cases that a month's tables count: they are few (tens a month per
 * centre), so they come as lists.
 *
 * @param visits  the visit log entries of the month
 * @param reviews the reviews of the month: weekly form reviews (R-4.4.2d7) and monthly visit checks
 * @param rosters department → customer-service staff who owe visits (staff who visited are added)
 */
public record MonthlyInputs(List<VisitRecord> visits, List<ReviewRecord> reviews, Map<String, Set<String>> rosters) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public MonthlyInputs {
        visits = List.copyOf(visits);
        reviews = List.copyOf(reviews);
        rosters = Map.copyOf(rosters);
    }

    /** No visits, reviews or rosters. */
    public static MonthlyInputs none() {
        return new MonthlyInputs(List.of(), List.of(), Map.of());
    }
}
