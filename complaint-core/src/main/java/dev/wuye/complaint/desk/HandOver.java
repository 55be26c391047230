package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.ComplaintSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 交接 — the duty officer hands an off-hours registration to the receiver (R-4.2.4a).
 *
 * @param actor       who issues it
 * @param complaintId the case
 * @param receiverId the receiver (受理人) who takes it over
 */
public record HandOver(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.complaintId.required}") @Size(max = ComplaintSnapshot.MAX_ID_LENGTH, message = "{wuye.complaintId.size}") String complaintId,
        @NotBlank(message = "{wuye.receiverId.required}") @Size(max = ComplaintSnapshot.MAX_ID_LENGTH, message = "{wuye.receiverId.size}") String receiverId) implements CaseCommand {
}
