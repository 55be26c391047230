package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 办结 — handling is complete; the head verifies and signs the result (R-4.3.1c/e).
 *
 * @param actor       who issues it
 * @param caseId the case
 * @param result the handling (or re-handling) result
 */
public record Complete(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @NotBlank(message = "{wuye.result.required}") @Size(max = CaseSnapshot.MAX_TEXT_LENGTH, message = "{wuye.result.size}") String result) implements CaseCommand {
}
