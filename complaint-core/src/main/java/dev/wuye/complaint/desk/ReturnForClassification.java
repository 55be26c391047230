package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.ComplaintSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 退回重新定性 — the head does not confirm invalidity (R-4.2.4b).
 *
 * @param actor       who issues it
 * @param complaintId the case
 * @param reason why
 */
public record ReturnForClassification(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.complaintId.required}") @Size(max = ComplaintSnapshot.MAX_ID_LENGTH, message = "{wuye.complaintId.size}") String complaintId,
        @NotBlank(message = "{wuye.reason.required}") @Size(max = ComplaintSnapshot.MAX_TEXT_LENGTH, message = "{wuye.reason.size}") String reason) implements CaseCommand {
}
