package dev.wuye.complaint.report;

import java.util.List;

/**
 * One handling cycle on the handling form 《客户意见反映办理表》 (R-4.2.3b, R-4.3). Holds personal
 * data; {@link #toString()} masks it.
 *
 * @param caseId          case id
 * @param recordNumber    record number
 * @param contentSummary  内容提要
 * @param recordedBy      recorder
 * @param recordDate      record date
 * @param customerName    customer name
 * @param customerPhone   phone
 * @param customerAddress address
 * @param department      handling department
 * @param coHandling      co-handling departments
 * @param cycle           cycle number (2… = re-handling)
 * @param handlers        handler ids
 * @param investigation   facts found
 * @param analysis        cause analysis
 * @param solution        proposed solution
 * @param approvedBy      the head who approved it
 * @param result          the result
 * @param resultSignedBy  the head who signed the result
 * @param completedAt     completion time
 */
public record HandlingFormRow(String caseId, String recordNumber, String contentSummary, String recordedBy,
                              String recordDate, String customerName, String customerPhone, String customerAddress,
                              String department, String coHandling, String cycle, String handlers,
                              String investigation, String analysis, String solution, String approvedBy,
                              String result, String resultSignedBy, String completedAt) implements FormRow {

    @Override
    public List<String> cells() {
        return List.of(caseId, recordNumber, contentSummary, recordedBy, recordDate, customerName, customerPhone,
                customerAddress, department, coHandling, cycle, handlers, investigation, analysis, solution,
                approvedBy, result, resultSignedBy, completedAt);
    }

    @Override
    public String toString() {
        return "HandlingFormRow[caseId=" + caseId + ", cycle=" + cycle + ", department=" + department + ", "
                + Rows.masked(customerName, customerPhone, customerAddress) + "]";
    }
}
