package dev.wuye.complaint.spi;

import java.util.List;
import java.util.Optional;

/** Where archive batches are kept. Safe from many threads. */
public interface ArchiveStore {

    /**
     * Stores a batch unless a batch with the same {@code (department, period, kind)} exists.
     *
     * <p>Must guarantee: of concurrent calls for the same key exactly one batch is stored, and every
     * caller gets that one back, equal to it component by component (the complaint ids in order).
     * Calling it again with the same key returns the stored batch and changes nothing, even when the
     * new batch differs.
     *
     * @param batch the batch to store
     * @return the stored batch: {@code batch}, or the one that already existed
     */
    ArchiveBatch saveIfAbsent(ArchiveBatch batch);

    /**
     * The batch of a department, period and kind, matched exactly.
     *
     * @param department the department
     * @param period     the period, e.g. {@code 2025-03}
     * @param kind       MONTHLY or QUARTERLY
     * @return the batch, or empty
     */
    Optional<ArchiveBatch> find(String department, String period, String kind);

    /**
     * All batches of a department, ordered by period then kind (binary string order), then department.
     *
     * @param department the department, or {@code null} for all
     * @return the batches
     */
    List<ArchiveBatch> findAll(String department);
}
