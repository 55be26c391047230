package dev.wuye.complaint.boot.web;

import java.util.List;
import java.util.Map;

/**
 * Example request bodies of the OpenAPI document, one per command: what a receiver, a head or a handler of
 * service centre C01 sends at each step of the procedure.
 */
final class CommandExamples {

    private static final Map<String, Map<String, Object>> EXAMPLES = Map.ofEntries(
            Map.entry("ReceiveOpinion", Map.of("idempotencyKey", "call-20261120-0007", "channel", "PHONE",
                    "customer", Map.of("name", "张三丰", "phone", "13812345678", "address", "3栋2单元501"),
                    "contentSummary", "电梯故障，困人十分钟", "routing",
                    Map.of("department", "C01", "acceptingLevel", "SERVICE_CENTRE"),
                    "receivedAt", "2026-11-20T02:00:00Z", "followUpChannel", "PHONE")),
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
                    "resultSatisfied", "SATISFIED", "attitudeSatisfied", "SATISFIED", "remarks", "业主满意")));

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
