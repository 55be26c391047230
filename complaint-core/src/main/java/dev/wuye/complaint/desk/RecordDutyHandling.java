package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.cases.DutyAction;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 值班处理 — a duty officer records what they did; also written to the duty handover log (R-4.3.1g/h, R-4.2.1c).
 *
 * @param actor       who issues it
 * @param caseId the case
 * @param action what they did
 * @param text details
 */
public record RecordDutyHandling(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @NotNull(message = "{wuye.action.required}") DutyAction action,
        @NotBlank(message = "{wuye.text.required}") @Size(max = CaseSnapshot.MAX_TEXT_LENGTH, message = "{wuye.text.size}") String text) implements CaseCommand {
}
