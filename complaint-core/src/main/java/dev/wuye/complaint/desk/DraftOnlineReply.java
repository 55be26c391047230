package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 拟网上回复 — the service centre's customer-service supervisor (客服主管) or its receiver drafts the
 * online reply, which the centre director then approves or sends back (R-4.4.2d5).
 *
 * @param actor       who issues it: the receiver or the customer-service supervisor of the case's department
 * @param caseId the case
 * @param text the reply
 */
public record DraftOnlineReply(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @NotBlank(message = "{wuye.text.required}") @Size(max = CaseSnapshot.MAX_TEXT_LENGTH, message = "{wuye.text.size}") String text) implements CaseCommand {
}
