package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 移交受理 — the case's reception is handed over to another receiver (absence, shift change), who from
 * then on tracks, follows up and archives it (自受理, R-3.3, R-4.4.2b). Issued by the case's receiver
 * or the head of its department; it is the only way another receiver acts as the case's receiver.
 * Not {@link HandOver}, the duty officer's hand-over of an off-hours registration (R-4.2.4a).
 *
 * @param actor        who issues it
 * @param caseId       the case
 * @param toReceiverId the receiver (受理人) who takes the case over
 * @param reason       why (absence, shift change …)
 */
public record TransferReception(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @NotBlank(message = "{wuye.receiverId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.receiverId.size}") String toReceiverId,
        @NotBlank(message = "{wuye.reason.required}") @Size(max = CaseSnapshot.MAX_TEXT_LENGTH, message = "{wuye.reason.size}") String reason) implements CaseCommand {
}
