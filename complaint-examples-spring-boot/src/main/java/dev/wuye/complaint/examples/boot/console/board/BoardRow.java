package dev.wuye.complaint.examples.boot.console.board;

import dev.wuye.complaint.sla.SlaClock;
import dev.wuye.complaint.sla.SlaLevel;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One line of the SLA board, in the reader's language. Carries no personal data but the masked customer.
 *
 * @param caseId      the case; {@code null} for a department's clock (weekly review, online collection)
 * @param department  the department the clock runs for
 * @param clock       the clock
 * @param clockName   what the clock is, in words
 * @param level       {@link SlaLevel#DUE_SOON} or {@link SlaLevel#OVERDUE}
 * @param levelName   the level in words
 * @param deadline    the last day the obligation may be met on
 * @param dueAt       the instant it becomes (or became) overdue, in the office's zone
 * @param standing    how long is left, or how long it is past, in words
 * @param customer    the customer masked ({@code 张三 138****5678}); {@code ""} for none
 * @param provisional whether the deadline was counted over a year without an official holiday notice
 */
public record BoardRow(String caseId, String department, SlaClock clock, String clockName, SlaLevel level,
                       String levelName, LocalDate deadline, ZonedDateTime dueAt, String standing, String customer,
                       boolean provisional) {

    /** Whether the clock is past its deadline. */
    public boolean overdue() {
        return level == SlaLevel.OVERDUE;
    }
}
