package dev.wuye.complaint.report;

import java.util.List;

/**
 * A line of the intake log 《客户信息受理表》 (R-4.2.3a). Times are formatted in the view's zone.
 * Holds personal data; {@link #toString()} masks it.
 *
 * @param caseId            case id
 * @param recordNumber      record number, or empty
 * @param receivedAt        when received
 * @param channel           channel code
 * @param customerName      customer name
 * @param customerPhone     phone
 * @param customerAddress   address
 * @param type              type code
 * @param category          category label
 * @param contentSummary    内容提要
 * @param recordedBy        who recorded it
 * @param receiverId        the receiver
 * @param dutyRegistration  Y when registered off hours
 * @param agreedReplyBy     agreed reply time
 * @param agreedReplyMethod agreed reply method
 */
public record IntakeLogRow(String caseId, String recordNumber, String receivedAt, String channel, String customerName,
                           String customerPhone, String customerAddress, String type, String category,
                           String contentSummary, String recordedBy, String receiverId, String dutyRegistration,
                           String agreedReplyBy, String agreedReplyMethod) implements FormRow {

    @Override
    public List<String> cells() {
        return List.of(caseId, recordNumber, receivedAt, channel, customerName, customerPhone, customerAddress, type,
                category, contentSummary, recordedBy, receiverId, dutyRegistration, agreedReplyBy, agreedReplyMethod);
    }

    @Override
    public String toString() {
        return "IntakeLogRow[caseId=" + caseId + ", receivedAt=" + receivedAt + ", channel=" + channel + ", "
                + Rows.masked(customerName, customerPhone, customerAddress) + "]";
    }
}
