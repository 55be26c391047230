package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 报告负责人 — a duty officer reports an important complaint to the responsible head at once
 * (R-4.2.1c, second sentence: 「值班人员…如遇重要投诉有责任及时报告相关负责人」). Recorded on the case as a
 * duty-handling note and in the duty handover log (kind {@code REPORTED_MAJOR}), and audited like every
 * case command: the audit entry names the duty officer, the head and the instant of the report.
 *
 * @param actor  the duty officer of the case's department
 * @param caseId the case
 * @param headId the staff id of the head the complaint was reported to
 * @param text   what was reported
 */
public record ReportToHead(
        @NotNull(message = "{wuye.actor.required}") @Valid Actor actor,
        @NotBlank(message = "{wuye.caseId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.caseId.size}") String caseId,
        @NotBlank(message = "{wuye.headId.required}") @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.headId.size}") String headId,
        @NotBlank(message = "{wuye.text.required}") @Size(max = CaseSnapshot.MAX_TEXT_LENGTH, message = "{wuye.text.size}") String text) implements CaseCommand {
}
