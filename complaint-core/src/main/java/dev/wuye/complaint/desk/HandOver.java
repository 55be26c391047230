package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 交接 — the duty officer hands an off-hours registration to the receiver (R-4.2.4a).
 *
 * @param actor       who issues it
 * @param caseId the case
 * @param receiverId the receiver (受理人) who takes it over
 */
public record HandOver(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @NotBlank(message = "{wuye.receiverId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.receiverId.size}") String receiverId) implements CaseCommand {
}
