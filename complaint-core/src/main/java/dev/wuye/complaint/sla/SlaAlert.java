package dev.wuye.complaint.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A clock that is due soon or overdue, as a host is told about it (to send an SMS or a WeChat
 * message). Holds no personal data.
 *
 * @param caseId the case; {@code null} for a department's clock ({@link SlaClock#WEEKLY_REVIEW})
 * @param department  the handling department
 * @param clock       the clock
 * @param level       {@link SlaLevel#DUE_SOON} or {@link SlaLevel#OVERDUE}
 * @param deadline    the last day the obligation may be met on
 * @param dueAt       the instant it becomes (or became) overdue
 * @param detectedAt  the scan instant that found it
 */
public record SlaAlert(String caseId, String department, SlaClock clock, SlaLevel level, LocalDate deadline,
                       Instant dueAt, Instant detectedAt) {

    /** Checks the components: required ones non-null, numbers in range (the message names field and value). */
    public SlaAlert {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(detectedAt, "detectedAt");
        if (level == SlaLevel.ON_TIME) {
            throw new IllegalArgumentException("level: value ON_TIME: an alert is DUE_SOON or OVERDUE");
        }
        if (caseId == null && clock != SlaClock.WEEKLY_REVIEW) {
            throw new IllegalArgumentException("caseId: value null: required for clock " + clock);
        }
    }

    /** The identity under which the alert fires once: the same lapse found by later scans has the same key. */
    public Key key() {
        return new Key(caseId, department, clock, level, deadline);
    }

    /**
     * What makes an alert "the same" across scans.
     *
     * @param caseId the case, or {@code null} for a department's clock
     * @param department  the department
     * @param clock       the clock
     * @param level       the level
     * @param deadline    the deadline
     */
    public record Key(String caseId, String department, SlaClock clock, SlaLevel level, LocalDate deadline) {

        /** A stable text form, e.g. for a host's database column: {@code id|department|clock|level|deadline}. */
        public String asText() {
            return (caseId == null ? "" : caseId) + "|" + department + "|" + clock + "|" + level + "|" + deadline;
        }
    }
}
