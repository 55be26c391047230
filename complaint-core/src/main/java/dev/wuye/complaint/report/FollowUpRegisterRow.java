package dev.wuye.complaint.report;

import java.util.List;

/**
 * One follow-up of a complaint in the complaint and follow-up register 《客户投诉与回访登记表》
 * (R-4.4.2d). Holds personal data; {@link #toString()} masks it.
 *
 * @param caseId            case id
 * @param recordNumber      record number
 * @param acceptanceDate    accepted on
 * @param customerName      customer name
 * @param customerPhone     phone
 * @param contentSummary    the complaint
 * @param validity          VALID / INVALID label
 * @param cycle             the cycle followed up
 * @param completedAt       when that cycle was completed
 * @param followUpAt        when followed up
 * @param method            follow-up method
 * @param byStaffId         who followed up
 * @param timely            handled in time (Y/N/empty)
 * @param resultSatisfied   satisfied with the result
 * @param attitudeSatisfied satisfied with the attitude
 * @param remarks           remarks
 * @param reHandlingResult  the result of the next cycle when this follow-up sent the case back
 */
public record FollowUpRegisterRow(String caseId, String recordNumber, String acceptanceDate, String customerName,
                                  String customerPhone, String contentSummary, String validity, String cycle,
                                  String completedAt, String followUpAt, String method, String byStaffId,
                                  String timely, String resultSatisfied, String attitudeSatisfied, String remarks,
                                  String reHandlingResult) implements FormRow {

    @Override
    public List<String> cells() {
        return List.of(caseId, recordNumber, acceptanceDate, customerName, customerPhone, contentSummary, validity,
                cycle, completedAt, followUpAt, method, byStaffId, timely, resultSatisfied, attitudeSatisfied,
                remarks, reHandlingResult);
    }

    @Override
    public String toString() {
        return "FollowUpRegisterRow[caseId=" + caseId + ", cycle=" + cycle + ", followUpAt=" + followUpAt + ", "
                + Rows.masked(customerName, customerPhone, null) + "]";
    }
}
