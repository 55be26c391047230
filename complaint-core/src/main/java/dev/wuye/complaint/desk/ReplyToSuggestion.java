package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.ComplaintSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 回复建议 — a suggestion is replied to; closes the case (R-4.2.2a).
 *
 * @param actor       who issues it
 * @param complaintId the case
 * @param reply the reply given
 */
public record ReplyToSuggestion(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.complaintId.required}") @Size(max = ComplaintSnapshot.MAX_ID_LENGTH, message = "{wuye.complaintId.size}") String complaintId,
        @NotBlank(message = "{wuye.reply.required}") @Size(max = ComplaintSnapshot.MAX_TEXT_LENGTH, message = "{wuye.reply.size}") String reply) implements CaseCommand {
}
