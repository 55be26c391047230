package dev.wuye.complaint.statistics;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.cases.EscalationLevel;
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
    /** Whether a service centre's case escalated to a level works to the company's limit, by level ordinal. */
    private final boolean[] companyLimitLevel;

    /** @param sla the SLA calculator (calendar, policy, office hours and zone) */
    public TimeLimits(SlaCalculator sla) {
        this.sla = Objects.requireNonNull(sla, "sla");
        this.zone = sla.officeHours().zone();
        SlaPolicy policy = sla.policy();
        EscalationLevel[] levels = EscalationLevel.values();
        companyLimitLevel = new boolean[levels.length];
        for (EscalationLevel level : levels) {
            companyLimitLevel[level.ordinal()] = policy.escalationSwitchesLimit()
                    && policy.companyLimitLevels().contains(level.name());
        }
    }

    /**
     * These limits on the calendar in use now, fixed for a series of calls (one table computation):
     * see {@link SlaCalculator#pinned()}.
     *
     * @return these limits when their calendar is fixed, otherwise limits on the current calendar
     */
    public TimeLimits pinned() {
        SlaCalculator pinned = sla.pinned();
        return pinned == sla ? this : new TimeLimits(pinned);
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

    /**
     * {@link SlaCalculator#timeLimitDays} for the one-pass calculator: a service centre's case with a
     * known escalation level looks its limit up by the level's ordinal; anything else (the company's
     * cases, unknown codes, which it refuses) is the SLA calculator's answer.
     */
    int timeLimitDays(CaseSnapshot s) {
        EscalationLevel level = SnapshotCodes.knownEscalationLevel(s);
        if (level == null || !SlaCalculator.SERVICE_CENTRE.equals(s.acceptingLevel())) {
            return sla.timeLimitDays(s);
        }
        return companyLimitLevel[level.ordinal()] ? sla.policy().companyLimitDays()
                : sla.policy().serviceCentreLimitDays();
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
        return measuredEndInstant(s, SnapshotCodes.followUpChannel(s));
    }

    /** {@link #measuredEndInstant(CaseSnapshot)} of a case whose follow-up channel was read already. */
    static Instant measuredEndInstant(CaseSnapshot s, FollowUpMethod followUpChannel) {
        HandlingCycle latest = null;
        List<HandlingCycle> cycles = s.cycles();
        for (int i = 0; i < cycles.size(); i++) {
            HandlingCycle c = cycles.get(i);
            if (latest == null || c.number() > latest.number()) {
                latest = c;
            }
        }
        Instant end;
        if (followUpChannel == FollowUpMethod.NONE) {
            end = latest == null ? null : latest.completedAt();
        } else {
            end = firstFollowUp(s, latest == null ? ANY_CYCLE : latest.number());
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

    /** How the one-pass calculator counts days: an instant's day and a completion's follow-up due day. */
    interface Days {
        /** The epoch day of an instant in the zone. */
        long epochDay(Instant t);

        /** The epoch day of the last day a cycle completed at an instant may be followed up on. */
        long followUpDue(Instant completedAt);
    }

    /**
     * {@link SlaCalculator#followUpInTime} without streams, on dates given by a function (the
     * reference of {@link #followUpInTime(CaseSnapshot, Days)}, whose agreement with the SLA
     * calculator is tested through it).
     */
    boolean followUpInTimeFast(CaseSnapshot s, java.util.function.Function<Instant, LocalDate> dateOf) {
        WorkingDayCalendar calendar = sla.calendar();
        int followUpDays = sla.policy().followUpDays();
        return followUpInTime(s, new Days() {
            @Override
            public long epochDay(Instant t) {
                return dateOf.apply(t).toEpochDay();
            }

            @Override
            public long followUpDue(Instant completedAt) {
                return calendar.plusWorkingDays(dateOf.apply(completedAt), followUpDays).toEpochDay();
            }
        });
    }

    /**
     * {@link SlaCalculator#followUpInTime} without streams, for the one-pass calculator: every
     * completed cycle's first follow-up (a recurrence check aside) on or before its follow-up due
     * day; {@code false} when none was done.
     */
    static boolean followUpInTime(CaseSnapshot s, Days days) {
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
            if (days.epochDay(first) > days.followUpDue(c.completedAt())) {
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

    /** Stands for any cycle in {@link #firstFollowUp}: cycle numbers start at 1. */
    private static final int ANY_CYCLE = 0;

    private static Instant firstFollowUp(CaseSnapshot s, int cycle) {
        Instant first = null;
        List<FollowUpEntry> followUps = s.followUps();
        for (int i = 0; i < followUps.size(); i++) {
            FollowUpEntry f = followUps.get(i);
            if ((cycle == ANY_CYCLE || f.cycle() == cycle) && SnapshotCodes.method(f) != FollowUpMethod.RECURRENCE_CHECK
                    && (first == null || f.at().isBefore(first))) {
                first = f.at();
            }
        }
        return first;
    }
}
