package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.ComplaintSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 进度反馈 — a handler reports progress, extent and expected time to the receiver (R-4.4.1a).
 *
 * @param actor       who issues it
 * @param complaintId the case
 * @param text the report
 */
public record ReportProgress(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.complaintId.required}") @Size(max = ComplaintSnapshot.MAX_ID_LENGTH, message = "{wuye.complaintId.size}") String complaintId,
        @NotBlank(message = "{wuye.text.required}") @Size(max = ComplaintSnapshot.MAX_TEXT_LENGTH, message = "{wuye.text.size}") String text) implements CaseCommand {
}
