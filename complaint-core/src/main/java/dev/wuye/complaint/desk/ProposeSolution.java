package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.ComplaintSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 提出方案 — a handler proposes a solution to the head (R-4.3.1e).
 *
 * @param actor       who issues it
 * @param complaintId the case
 * @param solution the proposed solution
 */
public record ProposeSolution(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.complaintId.required}") @Size(max = ComplaintSnapshot.MAX_ID_LENGTH, message = "{wuye.complaintId.size}") String complaintId,
        @NotBlank(message = "{wuye.solution.required}") @Size(max = ComplaintSnapshot.MAX_TEXT_LENGTH, message = "{wuye.solution.size}") String solution) implements CaseCommand {
}
