package dev.wuye.complaint.report;

import java.util.Arrays;
import java.util.List;

/**
 * The records of clause 5, with their columns: the six it lists, and the customer communication sheet
 * 《客户沟通信息表》 that R-4.2.4b names.
 */
public enum Form {
    /** 客户信息受理表 — every opinion of every channel, logged the same day (R-4.2.3a). */
    INTAKE_LOG("客户信息受理表", "Intake log", cols(
            "caseId", "编号", "Case id",
            "recordNumber", "记录号", "Record number",
            "receivedAt", "受理时间", "Received at",
            "channel", "渠道", "Channel",
            "customerName", "客户姓名", "Customer",
            "customerPhone", "联系电话", "Phone",
            "customerAddress", "房号", "Address",
            "type", "类型", "Type",
            "category", "类别", "Category",
            "contentSummary", "内容提要", "Summary",
            "recordedBy", "记录人", "Recorded by",
            "receiverId", "受理人", "Receiver",
            "dutyRegistration", "值班登记", "Duty registration",
            "agreedReplyBy", "约定答复时间", "Reply agreed by",
            "agreedReplyMethod", "约定答复方式", "Reply method")),
    /** 客户意见反映办理表 — one row per handling cycle (R-4.2.3b, R-4.3). */
    HANDLING_FORM("客户意见反映办理表", "Handling form", cols(
            "caseId", "编号", "Case id",
            "recordNumber", "记录号", "Record number",
            "contentSummary", "内容提要", "Summary",
            "recordedBy", "记录人", "Recorded by",
            "recordDate", "记录日期", "Record date",
            "customerName", "客户姓名", "Customer",
            "customerPhone", "联系电话", "Phone",
            "customerAddress", "房号", "Address",
            "department", "处理部门", "Department",
            "coHandling", "协办部门", "Co-handling departments",
            "cycle", "处理轮次", "Cycle",
            "handlers", "处理人", "Handlers",
            "investigation", "调查情况", "Investigation",
            "analysis", "原因分析", "Analysis",
            "solution", "处理方案", "Solution",
            "approvedBy", "方案审批", "Approved by",
            "result", "处理结果", "Result",
            "resultSignedBy", "结果签字", "Result signed by",
            "completedAt", "完成时间", "Completed at")),
    /** 走访客户记录表. */
    VISIT_LOG("走访客户记录表", "Visit log", cols(
            "visitId", "编号", "Visit id",
            "date", "走访日期", "Date",
            "staffId", "走访人", "Visited by",
            "department", "部门", "Department",
            "customerName", "客户姓名", "Customer",
            "customerPhone", "联系电话", "Phone",
            "customerAddress", "房号", "Address",
            "notes", "走访内容", "Notes",
            "opinionIds", "提出意见编号", "Opinions raised",
            "checkedBy", "检查人", "Checked by")),
    /** 客户意见统计分析表. */
    MONTHLY_TABLE("客户意见统计分析表", "Monthly analysis table", cols(
            "item", "项目", "Item",
            "itemEn", "项目（英文）", "Item (English)",
            "value", "数值", "Value")),
    /** 值班交接班记录表 (R-4.2.4a, R-4.3.1g/h). */
    DUTY_HANDOVER_LOG("值班交接班记录表", "Duty handover log", cols(
            "at", "时间", "Time",
            "department", "部门", "Department",
            "dutyOfficerId", "值班人", "Duty officer",
            "kind", "事项", "Entry",
            "caseId", "关联编号", "Case id",
            "text", "内容", "Text")),
    /** 客户投诉与回访登记表 — one row per follow-up of a complaint (R-4.4.2d). */
    COMPLAINT_FOLLOW_UP_REGISTER("客户投诉与回访登记表", "Complaint and follow-up register", cols(
            "caseId", "编号", "Case id",
            "recordNumber", "记录号", "Record number",
            "acceptanceDate", "受理日期", "Accepted on",
            "customerName", "客户姓名", "Customer",
            "customerPhone", "联系电话", "Phone",
            "contentSummary", "投诉内容", "Complaint",
            "validity", "有效性", "Validity",
            "cycle", "处理轮次", "Cycle",
            "completedAt", "处理完成", "Completed at",
            "followUpAt", "回访时间", "Followed up at",
            "method", "回访方式", "Method",
            "byStaffId", "回访人", "By",
            "timely", "处理是否及时", "Handled in time",
            "resultSatisfied", "结果是否满意", "Satisfied with result",
            "attitudeSatisfied", "态度是否满意", "Satisfied with attitude",
            "remarks", "备注", "Remarks",
            "reHandlingResult", "再处理结果", "Re-handling result")),
    /** 客户沟通信息表 — the opinions a duty officer registered off hours, and their nature (R-4.2.4b). */
    CUSTOMER_COMMUNICATION("客户沟通信息表", "Customer communication sheet", cols(
            "caseId", "编号", "Case id",
            "registeredAt", "登记时间", "Registered at",
            "department", "部门", "Department",
            "dutyOfficerId", "值班人", "Duty officer",
            "channel", "渠道", "Channel",
            "customerName", "客户姓名", "Customer",
            "customerPhone", "联系电话", "Phone",
            "customerAddress", "房号", "Address",
            "contentSummary", "内容提要", "Summary",
            "handedOverAt", "移交时间", "Handed over at",
            "receiverId", "受理人", "Receiver",
            "nature", "意见性质", "Nature",
            "confirmedBy", "负责人确认签字", "Confirmed by the head",
            "recordNumber", "记录号", "Record number"));

    private final String label;
    private final String titleEn;
    private final List<Column> columns;

    Form(String label, String titleEn, List<Column> columns) {
        this.label = label;
        this.titleEn = titleEn;
        this.columns = columns;
    }

    /** The Chinese title, as printed on the form. */
    public String label() {
        return label;
    }

    /** The English title. */
    public String titleEn() {
        return titleEn;
    }

    /** The columns, in order. */
    public List<Column> columns() {
        return columns;
    }

    private static List<Column> cols(String... triples) {
        Column[] c = new Column[triples.length / 3];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Column(triples[3 * i], triples[3 * i + 1], triples[3 * i + 2]);
        }
        return List.copyOf(Arrays.asList(c));
    }
}
