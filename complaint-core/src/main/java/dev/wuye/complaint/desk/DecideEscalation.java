package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 决定上报 — the department head decides, on record, that the department cannot handle the case and
 * that it goes to the general management department; the case's receiver then carries it there with
 * {@link Escalate} (R-4.3.1f: 「部门处理不了时，经负责人确定交受理人转《客户意见反映办理表》报公司综合管理部处理」).
 *
 * @param actor  who issues it: the head of the case's department
 * @param caseId the case, at the department head's level
 * @param reason why the department cannot handle it
 */
public record DecideEscalation(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @NotBlank(message = "{wuye.reason.required}") @Size(max = CaseSnapshot.MAX_TEXT_LENGTH, message = "{wuye.reason.size}") String reason) implements CaseCommand {
}
