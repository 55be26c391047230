/**
 * wuye-complaint: the customer-opinion procedure of a property-management company
 * (物业客户意见处理规程) as an embeddable library. Hosts call {@code dev.wuye.complaint.desk.ComplaintDesk};
 * this root package holds only the root exception.
 */
package dev.wuye.complaint;
