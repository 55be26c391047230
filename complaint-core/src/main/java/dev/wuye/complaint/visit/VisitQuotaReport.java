package dev.wuye.complaint.visit;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The per-staff visit count of one centre and month against the quota.
 *
 * @param department       the service centre
 * @param month            the month
 * @param quota            the quota applied
 * @param visitsByStaff    staff id → visits that month; every rostered employee appears, with 0 if none
 * @param belowQuota       staff with fewer than {@code quota.min()} visits, sorted
 * @param aboveQuota       staff with more than {@code quota.max()} visits, sorted (allowed, reported)
 * @param supervisorCheck  the supervisor's monthly check is recorded
 */
public record VisitQuotaReport(String department, YearMonth month, VisitQuota quota,
                               SortedMap<String, Integer> visitsByStaff, List<String> belowQuota,
                               List<String> aboveQuota, boolean supervisorCheck) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public VisitQuotaReport {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(quota, "quota");
        visitsByStaff = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(visitsByStaff));
        belowQuota = List.copyOf(belowQuota);
        aboveQuota = List.copyOf(aboveQuota);
    }

    /** Total visits of the centre that month. */
    public int visitsDone() {
        return visitsByStaff.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The least number of visits the quota requires of the listed staff. */
    public int visitsRequired() {
        return quota.min() * visitsByStaff.size();
    }

    /** Whether every listed employee met the quota. */
    public boolean quotaMet() {
        return belowQuota.isEmpty();
    }

    /** Same as {@link #visitsByStaff()} as a plain map. */
    public Map<String, Integer> counts() {
        return visitsByStaff;
    }
}
