package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 批准发布 — the centre director approves the online reply, which is posted (R-4.4.2d5).
 *
 * @param actor       who issues it
 * @param caseId the case
 */
public record ApproveOnlineReply(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId) implements CaseCommand {
}
