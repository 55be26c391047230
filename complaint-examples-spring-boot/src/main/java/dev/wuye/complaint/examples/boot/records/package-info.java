/**
 * The records of clause 5 as XLSX downloads for the staff console:
 * {@code GET /console/records/{form}.xlsx?department=C01&month=2026-11} — the intake log, the handling forms,
 * the visit log, the monthly analysis table, the duty handover log, the complaint and follow-up register
 * (the six of clause 5) and the customer communication sheet of R-4.2.4b. Only a department within the
 * person's reach is served (another answers 404, as if it did not exist); phone numbers and addresses are in
 * full only for the department's receivers and duty officers
 * ({@link dev.wuye.complaint.examples.boot.security.PersonalData#export}).
 */
package dev.wuye.complaint.examples.boot.records;
