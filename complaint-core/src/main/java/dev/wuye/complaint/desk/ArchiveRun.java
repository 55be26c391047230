package dev.wuye.complaint.desk;

import dev.wuye.complaint.spi.ArchiveBatch;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link ComplaintDesk#archiveMonth} or {@link ComplaintDesk#archiveQuarter} did (R-4.8.1–4).
 *
 * @param rejection       the rule that refused the archivist, or {@code null} when the run went ahead
 * @param batches         the archivist department's stored batches (made now or earlier)
 * @param filed           cases filed by this run through the {@link Archive} command (one audit entry each)
 * @param alreadyArchived cases of the batches that were already filed (a second run files nothing again)
 * @param refused         cases the {@link Archive} command refused, by case id
 */
public record ArchiveRun(CommandResult.Rejected rejection, List<ArchiveBatch> batches, List<String> filed,
                         List<String> alreadyArchived, Map<String, CommandResult> refused) {

    /** Copies collections. */
    public ArchiveRun {
        batches = List.copyOf(batches);
        filed = List.copyOf(filed);
        alreadyArchived = List.copyOf(alreadyArchived);
        refused = Map.copyOf(refused);
    }

    /**
     * A run the rules refused: nothing was stored.
     *
     * @param ruleId  the rule
     * @param message why
     * @return the run
     */
    static ArchiveRun rejected(String ruleId, String message) {
        return new ArchiveRun(new CommandResult.Rejected(dev.wuye.complaint.Rejection.of(ruleId, dev.wuye.complaint.Rejection.UNTRANSLATED, message)), List.of(), List.of(), List.of(), Map.of());
    }

    /** Whether the archivist was allowed to run the archive. */
    public boolean isAccepted() {
        return rejection == null;
    }
}
