package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 转协办 — the receiver transfers the form to another department (R-4.3.1d).
 *
 * @param actor       who issues it
 * @param caseId the case
 * @param department the co-handling department
 * @param note what they are asked to do
 */
public record AddCoHandling(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @NotBlank(message = "{wuye.department.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.department.size}") String department,
        @NotBlank(message = "{wuye.note.required}") @Size(max = CaseSnapshot.MAX_TEXT_LENGTH, message = "{wuye.note.size}") String note) implements CaseCommand {
}
