package dev.wuye.complaint.boot.web;

import java.util.List;
import java.util.Map;

/**
 * Example request bodies of the OpenAPI document, one per command: what a receiver, a head or a handler of
 * service centre C01 sends at each step of the procedure (an empty object for a command that carries nothing
 * but its actor and case).
 */
final class CommandExamples {

    private static final Map<String, Map<String, Object>> EXAMPLES = Map.ofEntries(
            Map.entry("ReceiveOpinion", Map.of("idempotencyKey", "call-20261120-0007", "channel", "PHONE",
                    "customer", Map.of("name", "张三丰", "phone", "13812345678", "address", "3栋2单元501"),
                    "contentSummary", "电梯故障，困人十分钟", "routing",
                    Map.of("department", "C01", "acceptingLevel", "SERVICE_CENTRE"),
                    "receivedAt", "2026-11-20T02:00:00Z", "replyAgreement",
                    Map.of("replyBy", "2026-11-21T06:00:00Z", "method", "PHONE", "basis", "AGREED"),
                    "followUpChannel", "PHONE")),
            Map.entry("HandOver", Map.of("receiverId", "r-wang")),
            Map.entry("Classify", Map.of("type", "COMPLAINT", "ground", "STAFF_EFFICIENCY",
                    "category", "REPAIRS_FACILITIES", "major", false)),
            Map.entry("Assign", Map.of("handlerIds", List.of("hd-zhao"), "delegated", false)),
            Map.entry("RecordInvestigation", Map.of("facts", "电梯门机故障", "onSiteVerified", true,
                    "analysis", "门机皮带老化", "sameProblemElsewhere", "无")),
            Map.entry("ProposeSolution", Map.of("solution", "更换门机皮带，当日修复")),
            Map.entry("RejectSolution", Map.of("reason", "请先联系维保单位确认备件")),
            Map.entry("Escalate", Map.of("reason", "涉及多部门，需综合管理部协调")),
            Map.entry("ReportProgress", Map.of("text", "维保单位已到场")),
            Map.entry("UpdateCustomer", Map.of("text", "已电话告知业主维修进度")),
            Map.entry("Complete", Map.of("result", "门机皮带已更换，电梯恢复运行")),
            Map.entry("RecordFollowUp", Map.of("method", "PHONE", "timely", "SATISFIED",
                    "resultSatisfied", "SATISFIED", "attitudeSatisfied", "SATISFIED", "remarks", "业主满意")),
            Map.entry("ReturnForClassification", Map.of("reason", "业主反映的是设施问题，不属无理要求")),
            Map.entry("ConfirmInvalid", Map.of()),
            Map.entry("AnswerInquiry", Map.of("answer", "停水通知已张贴在单元门口，明日 18:00 恢复供水")),
            Map.entry("ReplyToSuggestion", Map.of("reply", "感谢建议，下月起增加夜间巡逻一次")),
            Map.entry("PassOnPraise", Map.of("note", "业主表扬保安李师傅帮忙搬运行李")),
            Map.entry("ApproveSolution", Map.of()),
            Map.entry("AddCoHandling", Map.of("department", "C02", "note", "涉及相邻小区的围墙，请协办")),
            Map.entry("OpenCorrectiveAction", Map.of("reason", "同类电梯困人一个月内第二次出现")),
            Map.entry("RecordDutyHandling", Map.of("action", "HANDLED", "text", "值班电工已到场断开故障回路")),
            Map.entry("ReportToHead", Map.of("headId", "h-li", "text", "夜间电梯困人，已通知维保，报负责人")),
            Map.entry("DecideEscalation", Map.of("reason", "涉及多部门，本部门处理不了，决定上报综合管理部")),
            Map.entry("ReferToGeneralManager", Map.of("impact", "媒体已到场采访，影响公司声誉")),
            Map.entry("TransferReception", Map.of("toReceiverId", "r-liu", "reason", "r-wang 休假，交接给 r-liu")),
            Map.entry("DraftOnlineReply", Map.of("text", "您好，电梯已于今日修复，感谢您的耐心")),
            Map.entry("ApproveOnlineReply", Map.of()),
            Map.entry("RejectOnlineReply", Map.of("reason", "请写明修复时间")),
            Map.entry("Archive", Map.of("archiveBatchId", "MONTHLY:C01:2026-11")));

    private CommandExamples() {
    }

    /**
     * The example body of a command.
     *
     * @param name the command record's simple name
     * @return its example; an empty object where none is written (the schema still names every field)
     */
    static Map<String, Object> of(String name) {
        return EXAMPLES.getOrDefault(name, Map.of());
    }
}
