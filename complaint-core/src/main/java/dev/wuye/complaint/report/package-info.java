/**
 * The six records of clause 5 as views over the data: intake log 《客户信息受理表》, handling form
 * 《客户意见反映办理表》, visit log 《走访客户记录表》, monthly analysis table 《客户意见统计分析表》,
 * duty handover log 《值班交接班记录表》, complaint and follow-up register 《客户投诉与回访登记表》.
 *
 * <p>Each view is a list of row records plus a {@link dev.wuye.complaint.report.ReportTable} with
 * Chinese and English column headers that renderers (XLSX, HTML, print — in the examples module)
 * turn into documents. The forms are the company's own, so rows carry personal data in full; their
 * {@code toString()} masks it, and nothing here logs.
 */
package dev.wuye.complaint.report;
