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
}
