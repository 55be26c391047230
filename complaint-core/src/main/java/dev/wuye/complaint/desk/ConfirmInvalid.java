package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 确认无效 — the head confirms and signs an invalid complaint (R-4.2.4b).
 *
 * @param actor       who issues it
 * @param caseId the case
 */
public record ConfirmInvalid(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId) implements CaseCommand {
}
