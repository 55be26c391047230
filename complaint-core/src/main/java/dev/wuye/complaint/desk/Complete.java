package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.ComplaintSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 办结 — handling is complete; the head verifies and signs the result (R-4.3.1c/e).
 *
 * @param actor       who issues it
 * @param complaintId the case
 * @param result the handling (or re-handling) result
 */
public record Complete(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.complaintId.required}") @Size(max = ComplaintSnapshot.MAX_ID_LENGTH, message = "{wuye.complaintId.size}") String complaintId,
        @NotBlank(message = "{wuye.result.required}") @Size(max = ComplaintSnapshot.MAX_TEXT_LENGTH, message = "{wuye.result.size}") String result) implements CaseCommand {
}
