package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 回复建议 — a suggestion is replied to; closes the case (R-4.2.2a).
 *
 * @param actor       who issues it
 * @param caseId the case
 * @param reply the reply given
 */
public record ReplyToSuggestion(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @NotBlank(message = "{wuye.reply.required}") @Size(max = CaseSnapshot.MAX_TEXT_LENGTH, message = "{wuye.reply.size}") String reply) implements CaseCommand {
}
