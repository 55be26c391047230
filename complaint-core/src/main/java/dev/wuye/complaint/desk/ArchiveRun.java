package dev.wuye.complaint.desk;

import dev.wuye.complaint.spi.ArchiveBatch;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an {@link ArchiveMonth} or {@link ArchiveQuarter} run recorded (R-4.8.1–4).
 *
 * @param recordId        the run's id: the batch id of the archivist's department and the period
 * @param batches         the archivist department's stored batches (made now or earlier)
 * @param filed           cases filed by this run through the {@link Archive} command (one audit entry each)
 * @param alreadyArchived cases of the batches that were already filed (a second run files nothing again)
 * @param refused         cases the {@link Archive} command refused, by case id
 */
public record ArchiveRun(String recordId, List<ArchiveBatch> batches, List<String> filed,
                         List<String> alreadyArchived, Map<String, CommandResult> refused) implements PeriodResult {

    /** Checks the id and copies collections. */
    public ArchiveRun {
        Objects.requireNonNull(recordId, "recordId");
        batches = List.copyOf(batches);
        filed = List.copyOf(filed);
        alreadyArchived = List.copyOf(alreadyArchived);
        refused = Map.copyOf(refused);
    }
}
