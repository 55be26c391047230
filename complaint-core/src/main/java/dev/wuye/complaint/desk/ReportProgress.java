package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 进度反馈 — a handler reports progress, extent and expected time to the receiver (R-4.4.1a).
 *
 * @param actor       who issues it
 * @param caseId the case
 * @param text the report
 */
public record ReportProgress(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @NotBlank(message = "{wuye.text.required}") @Size(max = CaseSnapshot.MAX_TEXT_LENGTH, message = "{wuye.text.size}") String text) implements CaseCommand {
}
