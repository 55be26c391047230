/**
 * Customer visits (走访, R-4.5.1–3): recording a visit in the visit log 《走访客户记录表》, the
 * per-staff monthly quota (2–3 visits, configurable), and the customer-service supervisor's monthly
 * check. An opinion raised on a visit enters the normal lifecycle with channel
 * {@code CUSTOMER_VISIT} and the visit id ({@link dev.wuye.complaint.visit.VisitOpinionSource}); the
 * desk opens the case.
 */
package dev.wuye.complaint.visit;
