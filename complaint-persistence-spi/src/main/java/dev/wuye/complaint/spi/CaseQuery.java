package dev.wuye.complaint.spi;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which cases a paged query returns; every criterion is optional ({@code null} = any) and they
 * combine with AND. Results are ordered by case id.
 *
 * <p>Examples: the open cases for an SLA scan are {@code CaseQuery.open()}; the cases a
 * department's monthly table looks at are those accepted before the end of the month and open or
 * closed on or after its start:
 * {@code new CaseQuery("C01", null, monthEnd, monthStartInstant, false)}.
 *
 * @param department     only this handling department
 * @param acceptedFrom   acceptance date on or after this date
 * @param acceptedBefore acceptance date strictly before this date
 * @param activeSince    still open, or closed at or after this instant
 * @param openOnly       only cases not closed yet
 */
public record CaseQuery(
        String department,
        LocalDate acceptedFrom,
        LocalDate acceptedBefore,
        Instant activeSince,
        boolean openOnly) {

    /** Every case. */
    public static CaseQuery all() {
        return new CaseQuery(null, null, null, null, false);
    }

    /** Every case that is not closed. */
    public static CaseQuery open() {
        return new CaseQuery(null, null, null, null, true);
    }

    /** Whether a snapshot satisfies this query; stores may use it as the reference semantics. */
    public boolean matches(CaseSnapshot s) {
        return (department == null || department.equals(s.department()))
                && (acceptedFrom == null || !s.acceptanceDate().isBefore(acceptedFrom))
                && (acceptedBefore == null || s.acceptanceDate().isBefore(acceptedBefore))
                && (activeSince == null || s.closedAt() == null || !s.closedAt().isBefore(activeSince))
                && (!openOnly || s.closedAt() == null);
    }
}
