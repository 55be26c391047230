package dev.wuye.complaint.statistics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A case past its time limit at the end of the month, as listed on the monthly table.
 * Holds no personal data.
 *
 * @param caseId         the case
 * @param recordNumber   its record number; nullable
 * @param department     the handling department
 * @param acceptanceDate when it was accepted
 * @param deadline       the last day of its time limit
 * @param state          its lifecycle state code
 */
public record OverdueCase(String caseId, String recordNumber, String department, LocalDate acceptanceDate,
                          LocalDate deadline, String state) {

    /** Most overdue first, then by case id. */
    public static final Comparator<OverdueCase> ORDER = (a, b) -> {
        int c = a.deadline.compareTo(b.deadline);
        return c != 0 ? c : a.caseId.compareTo(b.caseId);
    };

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public OverdueCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(acceptanceDate, "acceptanceDate");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(state, "state");
    }
}
