package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 报总经理 — an opinion of major impact goes to the general manager directly, whatever level decides
 * it now (R-3.1: 「总经理负责处理超出管理者代表权限和有重大影响的客户意见」). Issued by whoever decides the case
 * now, or by the general manager taking it; the statement of its impact marks the case.
 *
 * @param actor  who issues it
 * @param caseId the case, in handling
 * @param impact why the opinion is of major impact
 */
public record ReferToGeneralManager(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @NotBlank(message = "{wuye.reason.required}") @Size(max = CaseSnapshot.MAX_TEXT_LENGTH, message = "{wuye.reason.size}") String impact) implements CaseCommand {
}
