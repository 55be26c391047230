package dev.wuye.complaint.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A clock that is due soon or overdue, or a case whose clocks cannot be evaluated, as a host is told
 * about it (to send an SMS or a WeChat message). Holds no personal data.
 *
 * <p>Two kinds, told apart by {@link #level()}:
 * <ul>
 *   <li>a <b>lapse</b> ({@link SlaLevel#DUE_SOON}, {@link SlaLevel#OVERDUE}): {@code deadline} set,
 *       {@code reason} {@code null}; {@code provisionalYears} names the years without an official holiday
 *       notice the deadline was counted over (it may move when they are loaded);</li>
 *   <li>an <b>unevaluable</b> case ({@link SlaLevel#UNEVALUABLE}, see {@link #unevaluable}): {@code reason}
 *       set, {@code deadline} {@code null} (there is none to compute), {@code dueAt} = {@code detectedAt}
 *       (it needs a person now), clock {@link SlaClock#TIME_LIMIT} for a case (its clocks as a whole, the
 *       time limit being the one every open case runs) or a department's clock ({@link SlaClock#WEEKLY_REVIEW},
 *       {@link SlaClock#ONLINE_COLLECTION}) for a department.</li>
 * </ul>
 *
 * @param caseId           the case; {@code null} for a department's clock ({@link SlaClock#perDepartment()})
 * @param department       the handling department ({@code ""} when a corrupt snapshot has none)
 * @param clock            the clock
 * @param level            {@link SlaLevel#DUE_SOON}, {@link SlaLevel#OVERDUE} or {@link SlaLevel#UNEVALUABLE}
 * @param deadline         the last day the obligation may be met on; {@code null} only when unevaluable
 * @param dueAt            the instant it becomes (or became) overdue
 * @param detectedAt       the scan instant that found it
 * @param provisionalYears the provisional years the deadline or level depended on, ascending; empty when official
 * @param reason           why the clocks could not be evaluated; set exactly when unevaluable
 */
public record SlaAlert(String caseId, String department, SlaClock clock, SlaLevel level, LocalDate deadline,
                       Instant dueAt, Instant detectedAt, List<Integer> provisionalYears, UnevaluableReason reason) {

    /** Checks the components: required ones non-null, numbers in range (the message names field and value). */
    public SlaAlert {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(detectedAt, "detectedAt");
        provisionalYears = List.copyOf(Objects.requireNonNull(provisionalYears, "provisionalYears"));
        if (level == SlaLevel.ON_TIME) {
            throw new IllegalArgumentException("level: value ON_TIME: an alert is DUE_SOON, OVERDUE or UNEVALUABLE");
        }
        if (level == SlaLevel.UNEVALUABLE) {
            Objects.requireNonNull(reason, "reason");
            if (deadline != null) {
                throw new IllegalArgumentException("deadline: value " + deadline + ": an unevaluable alert has none");
            }
        } else {
            Objects.requireNonNull(deadline, "deadline");
            if (reason != null) {
                throw new IllegalArgumentException("reason: value " + reason + ": only an UNEVALUABLE alert has one");
            }
        }
        if (caseId == null && !clock.perDepartment()) {
            throw new IllegalArgumentException("caseId: value null: required for clock " + clock);
        }
    }

    /**
     * A lapse resting on official calendar data only.
     *
     * @param caseId     the case; {@code null} for {@link SlaClock#WEEKLY_REVIEW}
     * @param department the handling department
     * @param clock      the clock
     * @param level      {@link SlaLevel#DUE_SOON} or {@link SlaLevel#OVERDUE}
     * @param deadline   the last day the obligation may be met on
     * @param dueAt      the instant it becomes (or became) overdue
     * @param detectedAt the scan instant that found it
     */
    public SlaAlert(String caseId, String department, SlaClock clock, SlaLevel level, LocalDate deadline,
                    Instant dueAt, Instant detectedAt) {
        this(caseId, department, clock, level, deadline, dueAt, detectedAt, List.of(), null);
    }

    /**
     * The alert for a case (or, with {@code caseId == null}, a department's weekly review) whose clocks
     * cannot be evaluated.
     *
     * @param caseId     the case, or {@code null} for a department's weekly review
     * @param department the department ({@code null} becomes {@code ""})
     * @param reason     why
     * @param detectedAt the scan instant that found it
     * @return the {@link SlaLevel#UNEVALUABLE} alert
     */
    public static SlaAlert unevaluable(String caseId, String department, UnevaluableReason reason, Instant detectedAt) {
        return new SlaAlert(caseId, department == null ? "" : department,
                caseId == null ? SlaClock.WEEKLY_REVIEW : SlaClock.TIME_LIMIT, SlaLevel.UNEVALUABLE, null,
                detectedAt, detectedAt, List.of(), Objects.requireNonNull(reason, "reason"));
    }

    /**
     * The alert for a department's clock that cannot be evaluated (e.g. the online collection of a day
     * of a year without calendar data).
     *
     * @param department the department
     * @param clock      the department's clock ({@link SlaClock#perDepartment()})
     * @param reason     why
     * @param detectedAt the scan instant that found it
     * @return the {@link SlaLevel#UNEVALUABLE} alert
     * @throws IllegalArgumentException the clock is a case's clock
     */
    public static SlaAlert unevaluable(String department, SlaClock clock, UnevaluableReason reason, Instant detectedAt) {
        if (!clock.perDepartment()) {
            throw new IllegalArgumentException("clock: value " + clock + ": not a department's clock");
        }
        return new SlaAlert(null, Objects.requireNonNull(department, "department"), clock, SlaLevel.UNEVALUABLE, null,
                detectedAt, detectedAt, List.of(), Objects.requireNonNull(reason, "reason"));
    }

    /** Whether the deadline depends on a provisional year (and may move when its notice is loaded). */
    public boolean provisional() {
        return !provisionalYears.isEmpty();
    }

    /**
     * The identity under which the alert fires once: the same lapse found by later scans has the same key.
     * Whether the deadline was provisional is not part of it: when a year's notice is loaded and the
     * deadline stays the same, the alert already told the right date and does not fire again; when the
     * deadline (or the level) changes, the key changes and the new alert fires. An unevaluable alert is
     * keyed by case and {@link UnevaluableReason#code() reason code} (it has no deadline).
     */
    public Key key() {
        return new Key(caseId, department, clock, level, deadline, reason == null ? null : reason.code());
    }

    /**
     * What makes an alert "the same" across scans.
     *
     * @param caseId     the case, or {@code null} for a department's clock
     * @param department the department
     * @param clock      the clock
     * @param level      the level
     * @param deadline   the deadline; {@code null} for an unevaluable alert
     * @param reason     the reason code of an unevaluable alert; {@code null} for a lapse
     */
    public record Key(String caseId, String department, SlaClock clock, SlaLevel level, LocalDate deadline,
                      String reason) {

        /**
         * A key of a lapse.
         *
         * @param caseId     the case, or {@code null} for a department's clock
         * @param department the department
         * @param clock      the clock
         * @param level      the level
         * @param deadline   the deadline
         */
        public Key(String caseId, String department, SlaClock clock, SlaLevel level, LocalDate deadline) {
            this(caseId, department, clock, level, deadline, null);
        }

        /**
         * The same hash for equal keys, computed directly: a sweep hands every lapsing key to the ledger, whose
         * map hashes it at each lookup. Enum constants count by ordinal, so the value does not change from one
         * run to the next.
         */
        @Override
        public int hashCode() {
            int h = Objects.hashCode(caseId);
            h = 31 * h + Objects.hashCode(department);
            h = 31 * h + (clock == null ? 0 : clock.ordinal() + 1);
            h = 31 * h + (level == null ? 0 : level.ordinal() + 1);
            h = 31 * h + Objects.hashCode(deadline);
            return 31 * h + Objects.hashCode(reason);
        }

        /**
         * A stable text form, e.g. for a host's database column: {@code id|department|clock|level|deadline}
         * for a lapse, {@code id|department|clock|UNEVALUABLE|reason} for an unevaluable alert.
         */
        public String asText() {
            return (caseId == null ? "" : caseId) + "|" + department + "|" + clock + "|" + level + "|"
                    + (reason != null ? reason : deadline);
        }
    }
}
