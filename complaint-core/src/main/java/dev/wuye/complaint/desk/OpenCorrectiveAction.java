package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 纠正预防 — corrective and preventive action for a repeated or high-impact opinion (R-4.3.1b).
 *
 * @param actor       who issues it
 * @param caseId the case
 * @param reason why (repeated, high impact …)
 */
public record OpenCorrectiveAction(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @NotBlank(message = "{wuye.reason.required}") @Size(max = CaseSnapshot.MAX_TEXT_LENGTH, message = "{wuye.reason.size}") String reason) implements CaseCommand {
}
