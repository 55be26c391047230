package dev.wuye.complaint.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An archive batch: the cases of one department and one period, archived together.
 * A batch is identified by {@code (department, period, kind)}; archiving the same period twice
 * yields the same batch.
 *
 * @param id             unique id
 * @param department     the department whose records these are ({@code GMD} for company-level records, R-4.8.4)
 * @param period         {@code 2025-03} for a month, {@code 2025-Q1} for a quarter
 * @param kind           MONTHLY or QUARTERLY
 * @param archivedBy     staff id of who archived it
 * @param createdAt      when
 * @param caseIds   the cases in the batch, in id order
 * @param manifestSha256 SHA-256 of the electronic archive's manifest; nullable before it is written
 */
public record ArchiveBatch(String id, String department, String period, String kind, String archivedBy,
                           Instant createdAt, List<String> caseIds, String manifestSha256) {

    public ArchiveBatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(archivedBy, "archivedBy");
        Objects.requireNonNull(createdAt, "createdAt");
        caseIds = List.copyOf(Objects.requireNonNullElse(caseIds, List.of()));
    }
}
