package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 回访 — the receiver records the follow-up by the customer's chosen method (R-4.4.2b–d).
 *
 * @param actor       who issues it
 * @param caseId the case
 * @param method the customer's chosen method, or RECURRENCE_CHECK for a case with no channel
 * @param timely handled in time? nullable when not asked
 * @param resultSatisfied satisfied with the result? (recurrence check: no recurrence)
 * @param attitudeSatisfied satisfied with the attitude? nullable when not asked
 * @param remarks free text; nullable
 */
public record RecordFollowUp(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @NotNull(message = "{wuye.method.required}") FollowUpMethod method,
        Boolean timely,
        @NotNull(message = "{wuye.resultSatisfied.required}") Boolean resultSatisfied,
        Boolean attitudeSatisfied,
        @Size(max = CaseSnapshot.MAX_TEXT_LENGTH, message = "{wuye.remarks.size}") String remarks) implements CaseCommand {
}
