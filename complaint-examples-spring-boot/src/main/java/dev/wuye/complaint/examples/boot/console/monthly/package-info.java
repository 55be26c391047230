/**
 * 月度统计分析表 — the monthly analysis table page of the staff console: every figure with its label
 * in the reader's language and the previous month's beside it, bar charts drawn on the server as inline SVG,
 * the table as an XLSX download, the department head's sign-and-submit (R-4.6.3, through the desk, refusals
 * naming their rule), and the links to the records of clause 5. Never shows customer data.
 */
package dev.wuye.complaint.examples.boot.console.monthly;
