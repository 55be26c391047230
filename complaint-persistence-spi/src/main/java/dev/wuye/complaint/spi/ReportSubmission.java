package dev.wuye.complaint.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A service centre's signed monthly analysis table as submitted to the GMD (R-4.6.2/4.6.3), or the
 * quality supervisor's company or quarterly summary.
 *
 * @param id          unique id
 * @param department  the department that submits
 * @param period      {@code 2025-03} for a month, {@code 2025-Q1} for a quarter
 * @param kind        MONTHLY_TABLE, COMPANY_MONTHLY, QUARTERLY_SUMMARY
 * @param summary     the head's written summary, at most {@link CaseSnapshot#MAX_TEXT_LENGTH} characters
 * @param signedBy    the head (or supervisor) who signed it
 * @param submittedAt when it was submitted
 */
public record ReportSubmission(String id, String department, String period, String kind, String summary,
                               String signedBy, Instant submittedAt) {

    public ReportSubmission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(signedBy, "signedBy");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
