package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 归档 — the closed case is filed.
 *
 * @param actor       who issues it
 * @param caseId the case
 * @param archiveBatchId the archive batch; {@code null} for the department's batch of the month
 */
public record Archive(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.archiveBatchId.size}") String archiveBatchId) implements CaseCommand {

    /**
     * Files the case in its department's batch of the month, or the company-level batch
     * for a company-level case.
     *
     * @param actor  who issues it
     * @param caseId the case
     * @return the command
     */
    public static Archive inDefaultBatch(Actor actor, String caseId) {
        return new Archive(actor, caseId, null);
    }

    /**
     * Files the case in a named batch.
     *
     * @param actor   who issues it
     * @param caseId  the case
     * @param batchId the archive batch
     * @return the command
     */
    public static Archive inBatch(Actor actor, String caseId, String batchId) {
        return new Archive(actor, caseId, batchId);
    }
}
