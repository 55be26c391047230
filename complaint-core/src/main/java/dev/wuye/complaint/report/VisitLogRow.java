package dev.wuye.complaint.report;

import java.util.List;

/**
 * A line of the visit log 《走访客户记录表》. Holds personal data; {@link #toString()} masks it.
 *
 * @param visitId         visit id
 * @param date            visit date
 * @param staffId         who visited
 * @param department      the centre
 * @param customerName    customer name
 * @param customerPhone   phone
 * @param customerAddress address
 * @param notes           what was discussed
 * @param opinionIds      cases opened from the visit
 * @param checkedBy       supervisor who checked it
 */
public record VisitLogRow(String visitId, String date, String staffId, String department, String customerName,
                          String customerPhone, String customerAddress, String notes, String opinionIds,
                          String checkedBy) implements FormRow {

    @Override
    public List<String> cells() {
        return List.of(visitId, date, staffId, department, customerName, customerPhone, customerAddress, notes,
                opinionIds, checkedBy);
    }

    @Override
    public String toString() {
        return "VisitLogRow[visitId=" + visitId + ", date=" + date + ", staffId=" + staffId + ", "
                + Rows.masked(customerName, customerPhone, customerAddress) + "]";
    }
}
