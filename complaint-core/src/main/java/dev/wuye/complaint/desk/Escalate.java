package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 升级 — beyond the current level's authority: one level up the chain (R-4.3.1f).
 *
 * @param actor       who issues it
 * @param caseId the case
 * @param reason why
 */
public record Escalate(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @NotBlank(message = "{wuye.reason.required}") @Size(max = CaseSnapshot.MAX_TEXT_LENGTH, message = "{wuye.reason.size}") String reason) implements CaseCommand {
}
