/**
 * wuye-complaint: the customer-opinion procedure of a property-management company
 * (物业客户意见处理规程) as an embeddable library. Hosts call {@code dev.wuye.complaint.desk.ComplaintDesk};
 * this root package holds the root exception and {@link dev.wuye.complaint.Rejection}, the one value
 * the library returns wherever a rule says no.
 *
 * <h2>Glossary</h2>
 * One word per concept, in code, Javadoc and documentation:
 * <dl>
 *   <dt>opinion (意见, 客户意见)</dt>
 *   <dd>what a customer raises, by any channel: an <b>inquiry</b> (咨询), a <b>suggestion</b> (建议), a
 *       <b>complaint</b> (投诉) or <b>praise</b> (表扬) — {@code cases.OpinionType}. An opinion is
 *       <em>received</em> ({@code desk.ReceiveOpinion}).</dd>
 *   <dt>complaint (投诉)</dt>
 *   <dd>one type of opinion, found <b>valid</b> (有效投诉) or <b>invalid</b> (无效投诉) when classified
 *       ({@code cases.Validity}). "Complaint" in {@code ComplaintDesk}, {@code ComplaintException} and the
 *       artifact names is the product's name, not a type of opinion.</dd>
 *   <dt>case (案件)</dt>
 *   <dd>the record the procedure keeps of one opinion, from intake to archive: the aggregate
 *       {@code cases.Case}, stored as a {@code spi.CaseSnapshot} with its audit trail, identified by a
 *       {@code caseId}. Every command after intake names the case it acts on.</dd>
 *   <dt>route (路径)</dt>
 *   <dd>the path through the lifecycle a classification selects — unclassified, inquiry, suggestion,
 *       praise, valid or invalid complaint ({@code lifecycle.Route}).</dd>
 *   <dt>same kind (同类意见)</dt>
 *   <dd>opinions of the same category in the same department ({@code classification.SameKind}), the
 *       unit of the recurrence check and of repeated opinions.</dd>
 *   <dt>receiver (受理人), handler (处理人), department head (部门负责人), duty officer (值班人员)</dt>
 *   <dd>the staff of a department (service centre 物业服务中心, or the general management department
 *       综合管理部, "GMD") who accept, handle, decide on and register opinions ({@code authority.Role}).</dd>
 *   <dt>follow-up (回访), visit (走访), archive (归档)</dt>
 *   <dd>the call-back after handling; the staff's regular customer visits; the monthly and quarterly
 *       filing of closed cases in batches.</dd>
 *   <dt>rejection (拒绝)</dt>
 *   <dd>a rule saying no: rule id, message key, arguments; rendered in the caller's language.</dd>
 * </dl>
 */
package dev.wuye.complaint;
