package dev.wuye.complaint.report;

import java.util.List;

/**
 * A line of the customer communication sheet 《客户沟通信息表》 (R-4.2.4b): an opinion the duty officer
 * registered off hours, where the receiver then identifies its nature — an invalid one confirmed and
 * signed by the head, a valid one given its record number. Holds personal data; {@link #toString()}
 * masks it.
 *
 * @param caseId            case id
 * @param registeredAt      when the duty officer registered it
 * @param department        the centre
 * @param dutyOfficerId     the duty officer who registered it
 * @param channel           channel code
 * @param customerName      customer name
 * @param customerPhone     phone
 * @param customerAddress   address
 * @param contentSummary    内容提要
 * @param handedOverAt      when it was handed to the receiver, or empty
 * @param receiverId        the receiver, or empty while not handed over
 * @param nature            意见性质: 有效 / 无效 for a complaint, the type's label otherwise, empty while unidentified
 * @param confirmedBy       the head who confirmed and signed an invalid complaint, or empty
 * @param recordNumber      the record number of a valid opinion, or empty
 */
public record CustomerCommunicationRow(String caseId, String registeredAt, String department, String dutyOfficerId,
                                       String channel, String customerName, String customerPhone,
                                       String customerAddress, String contentSummary, String handedOverAt,
                                       String receiverId, String nature, String confirmedBy, String recordNumber)
        implements FormRow {

    @Override
    public List<String> cells() {
        return List.of(caseId, registeredAt, department, dutyOfficerId, channel, customerName, customerPhone,
                customerAddress, contentSummary, handedOverAt, receiverId, nature, confirmedBy, recordNumber);
    }

    @Override
    public String toString() {
        return "CustomerCommunicationRow[caseId=" + caseId + ", registeredAt=" + registeredAt + ", nature=" + nature
                + ", " + Rows.masked(customerName, customerPhone, customerAddress) + "]";
    }
}
