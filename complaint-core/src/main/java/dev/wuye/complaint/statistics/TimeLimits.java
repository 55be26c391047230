package dev.wuye.complaint.statistics;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.classification.SnapshotCodes;
import dev.wuye.complaint.sla.OfficeHours;
import dev.wuye.complaint.sla.SlaCalculator;
import dev.wuye.complaint.sla.SlaPolicy;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The time limits of clause 4.7 as the statistics count them. The deadlines and on-time outcomes are
 * the {@link SlaCalculator}'s (one source of truth with the SLA monitor); this class adds what a
 * monthly table needs on top: which cases are subject to the limits (valid complaints), the day the
 * time limit was measured to (to place the measurement in a month), and the first completion.
 * Immutable and thread-safe.
 */
public final class TimeLimits {

    private final SlaCalculator sla;
    private final ZoneId zone;

    /** @param sla the SLA calculator (calendar, policy, office hours and zone) */
    public TimeLimits(SlaCalculator sla) {
        this.sla = Objects.requireNonNull(sla, "sla");
        this.zone = sla.officeHours().zone();
    }

    /** The official mainland-China calendar, the procedure's limits and default office hours (Asia/Shanghai). */
    public static TimeLimits chinaMainland() {
        return new TimeLimits(new SlaCalculator(WorkingDayCalendar.chinaMainland(), SlaPolicy.defaults(),
                OfficeHours.defaults()));
    }

    /** The SLA calculator behind these limits. */
    public SlaCalculator sla() {
        return sla;
    }

    /** The zone dates are taken in. */
    public ZoneId zone() {
        return zone;
    }

    /** Whether a case is subject to the time limits in the statistics: a valid complaint. */
    public boolean isSubject(CaseSnapshot s) {
        return SnapshotCodes.isValidComplaint(s);
    }

    /** The last day of the time limit (R-4.7.1/4.7.2). */
    public LocalDate timeLimitDeadline(CaseSnapshot s) {
        return sla.timeLimitDeadline(s);
    }

    /**
     * The day the time limit was measured to, as {@link SlaCalculator} stops it: the first
     * follow-up of the latest handling cycle, or, for a case with no follow-up channel, the latest
     * cycle's completion.
     *
     * @param s the case
     * @return the date, or empty while the time limit still runs
     */
    public Optional<LocalDate> measuredEnd(CaseSnapshot s) {
        Instant end = measuredEndInstant(s);
        return end == null ? Optional.empty() : Optional.of(LocalDate.ofInstant(end, zone));
    }

    /** The instant the time limit stopped, or {@code null} while it runs (see {@link #measuredEnd}). */
    Instant measuredEndInstant(CaseSnapshot s) {
        HandlingCycle latest = null;
        List<HandlingCycle> cycles = s.cycles();
        for (int i = 0; i < cycles.size(); i++) {
            HandlingCycle c = cycles.get(i);
            if (latest == null || c.number() > latest.number()) {
                latest = c;
            }
        }
        Instant end;
        if (SnapshotCodes.followUpChannel(s) == FollowUpMethod.NONE) {
            end = latest == null ? null : latest.completedAt();
        } else {
            end = firstFollowUp(s, latest == null ? null : latest.number());
        }
        return end;
    }

    /**
     * Whether a case met its time limit.
     *
     * @param s the case
     * @return met or not, empty while it is not measured yet
     */
    public Optional<Boolean> metTimeLimit(CaseSnapshot s) {
        return sla.metTimeLimit(s);
    }

    /**
     * Whether the follow-ups were in time (R-4.4.2b): every cycle's first follow-up within two working
     * days of its completion.
     *
     * @param s the case
     * @return in time or not, empty while none was done
     */
    public Optional<Boolean> followUpInTime(CaseSnapshot s) {
        return sla.followUpInTime(s);
    }

    /**
     * {@link SlaCalculator#followUpInTime} without streams, for the one-pass calculator: every
     * completed cycle's first follow-up (a recurrence check aside) on or before its completion plus
     * the policy's follow-up days; {@code false} when none was done. Agreement with the SLA
     * calculator is tested.
     */
    boolean followUpInTimeFast(CaseSnapshot s, java.util.function.Function<Instant, LocalDate> dateOf) {
        boolean any = false;
        List<HandlingCycle> cycles = s.cycles();
        for (int i = 0; i < cycles.size(); i++) {
            HandlingCycle c = cycles.get(i);
            if (c.completedAt() == null) {
                continue;
            }
            Instant first = firstFollowUp(s, c.number());
            if (first == null) {
                continue;
            }
            any = true;
            LocalDate due = sla.calendar().plusWorkingDays(dateOf.apply(c.completedAt()), sla.policy().followUpDays());
            if (dateOf.apply(first).isAfter(due)) {
                return false;
            }
        }
        return any;
    }

    static Instant firstCompletion(CaseSnapshot s) {
        Instant first = null;
        List<HandlingCycle> cycles = s.cycles();
        for (int i = 0; i < cycles.size(); i++) {
            HandlingCycle c = cycles.get(i);
            if (c.completedAt() != null && (first == null || c.completedAt().isBefore(first))) {
                first = c.completedAt();
            }
        }
        return first;
    }

    private static Instant firstFollowUp(CaseSnapshot s, Integer cycle) {
        Instant first = null;
        List<FollowUpEntry> followUps = s.followUps();
        for (int i = 0; i < followUps.size(); i++) {
            FollowUpEntry f = followUps.get(i);
            if ((cycle == null || f.cycle() == cycle) && SnapshotCodes.method(f) != FollowUpMethod.RECURRENCE_CHECK
                    && (first == null || f.at().isBefore(first))) {
                first = f.at();
            }
        }
        return first;
    }
}
