package dev.wuye.complaint.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A department head's weekly review of the department's handling forms (R-4.4.2d7), or a
 * supervisor's monthly check of visits.
 *
 * @param id           unique id
 * @param department   the department
 * @param reviewerId   the head or supervisor
 * @param kind         WEEKLY_FORMS or MONTHLY_VISITS
 * @param periodStart  the Monday of the reviewed week, or the first day of the checked month
 * @param at           when the review was done
 * @param itemsReviewed how many forms or visits were looked at
 * @param remarks      free text; nullable
 */
public record ReviewRecord(String id, String department, String reviewerId, String kind, LocalDate periodStart,
                           Instant at, int itemsReviewed, String remarks) {

    public ReviewRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(at, "at");
    }
}
