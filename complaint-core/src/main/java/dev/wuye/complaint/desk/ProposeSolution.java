package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 提出方案 — a handler proposes a solution to the head (R-4.3.1e).
 *
 * @param actor       who issues it
 * @param caseId the case
 * @param solution the proposed solution
 */
public record ProposeSolution(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @NotBlank(message = "{wuye.solution.required}") @Size(max = CaseSnapshot.MAX_TEXT_LENGTH, message = "{wuye.solution.size}") String solution) implements CaseCommand {
}
