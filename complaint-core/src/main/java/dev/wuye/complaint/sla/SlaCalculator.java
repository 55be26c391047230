package dev.wuye.complaint.sla;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.NoteEntry;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The procedure's deadlines and clock states for one case: pure functions of a snapshot, the
 * working-day calendar, the policy and the office hours. Immutable and thread-safe.
 *
 * <p>Interpretations (see RULES.md): the acceptance day is not counted; on time means on or before
 * the deadline; escalation to the company keeps the original acceptance date. The time limit runs
 * until the follow-up of the latest handling cycle: a re-handling cycle after an unsatisfied
 * follow-up keeps it running. For a case without a follow-up channel (R-4.4.2d6) it stops when the
 * latest cycle is completed, since its only "follow-up" is the recurrence check a month later.
 */
public final class SlaCalculator {

    /** Accepting level code of a service centre. */
    public static final String SERVICE_CENTRE = "SERVICE_CENTRE";
    /** Accepting level code of the company. */
    public static final String COMPANY = "COMPANY";
    /** Note kind code of an update given to the customer (R-4.4.1b). */
    public static final String CUSTOMER_UPDATE = "CUSTOMER_UPDATE";
    /** Follow-up channel code of a customer who cannot be followed up (R-4.4.2d6). */
    public static final String NO_CHANNEL = "NONE";
    /** Follow-up method code of the recurrence check of a case without channel (R-4.4.2d6). */
    public static final String RECURRENCE_CHECK = "RECURRENCE_CHECK";

    private final WorkingDayCalendar calendar;
    private final SlaPolicy policy;
    private final OfficeHours hours;

    /**
     * Creates the calculator.
     *
     * @param calendar the working-day calendar
     * @param policy   the numbers
     * @param hours    office hours (their zone turns instants into dates)
     */
    public SlaCalculator(WorkingDayCalendar calendar, SlaPolicy policy, OfficeHours hours) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.hours = Objects.requireNonNull(hours, "hours");
    }

    /** The calendar. */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The policy. */
    public SlaPolicy policy() {
        return policy;
    }

    /** The office hours. */
    public OfficeHours officeHours() {
        return hours;
    }

    // ---- deadlines -------------------------------------------------------------------------------

    /**
     * The time-limit days that apply to a case: the service centre's or the company's
     * the latter also when a service centre's case was escalated to the company and the
     * policy switches the limit.
     *
     * @param s the case
     * @return working days
     * @throws IllegalArgumentException the accepting level code is unknown
     */
    public int timeLimitDays(CaseSnapshot s) {
        switch (s.acceptingLevel()) {
            case COMPANY:
                return policy.companyLimitDays();
            case SERVICE_CENTRE:
                return policy.escalationSwitchesLimit() && policy.companyLimitLevels().contains(s.escalationLevel())
                        ? policy.companyLimitDays()
                        : policy.serviceCentreLimitDays();
            default:
                throw new IllegalArgumentException("acceptingLevel: value " + s.acceptingLevel() + " of case " + s.id()
                        + ": must be SERVICE_CENTRE or COMPANY (R-4.7.1/R-4.7.2)");
        }
    }

    /**
     * The last day the case may be followed up on to be on time: {@link #timeLimitDays} working days
     * after the acceptance date (R-4.7.1–4.7.3).
     *
     * @param s the case
     * @return the deadline
     */
    public LocalDate timeLimitDeadline(CaseSnapshot s) {
        return calendar.plusWorkingDays(s.acceptanceDate(), timeLimitDays(s));
    }

    /**
     * The last day the follow-up of the latest handling cycle may be done on: {@code followUpDays}
     * working days after that cycle's completion (R-4.4.2b, R-4.7.4).
     *
     * @param s the case
     * @return the deadline, or empty while the latest cycle is not completed (or there is none)
     */
    public Optional<LocalDate> followUpDeadline(CaseSnapshot s) {
        return latestCycle(s).filter(c -> c.completedAt() != null).map(this::followUpDeadline);
    }

    private LocalDate followUpDeadline(HandlingCycle c) {
        return calendar.plusWorkingDays(hours.dateOf(c.completedAt()), policy.followUpDays());
    }

    /**
     * The instant a duty registration's handover to the receiver is due: the start of office hours
     * of the next working day (R-4.2.1b, R-4.2.4a).
     *
     * @param s the case
     * @return the due instant, or empty when the case is not a duty registration
     */
    public Optional<Instant> handoverDue(CaseSnapshot s) {
        if (!s.dutyRegistration() && !LifecycleState.DUTY_REGISTERED.name().equals(s.state())) {
            return Optional.empty();
        }
        return Optional.of(hours.nextOpening(s.receivedAt(), calendar));
    }

    // ---- outcomes of closed clocks ---------------------------------------------------------------

    /**
     * Whether the case met its time limit: the date the time limit stops (see the class
     * comment) is on or before {@link #timeLimitDeadline}.
     *
     * @param s the case
     * @return the outcome, or empty when the case has not been followed up yet
     */
    public Optional<Boolean> metTimeLimit(CaseSnapshot s) {
        return timeLimitStop(s).map(at -> !hours.dateOf(at).isAfter(timeLimitDeadline(s)));
    }

    /**
     * Whether the follow-ups were done in time (R-4.4.2b, R-4.7.4): every handling cycle's first
     * follow-up on or before its cycle's completion plus {@code followUpDays} working days.
     *
     * @param s the case
     * @return {@code false} if any was late, {@code true} if all were in time, empty when none was done
     */
    public Optional<Boolean> followUpInTime(CaseSnapshot s) {
        Boolean result = null;
        for (HandlingCycle c : s.cycles()) {
            Optional<FollowUpEntry> first = followUpsOf(s, c.number()).findFirst();
            if (c.completedAt() == null || first.isEmpty()) {
                continue;
            }
            boolean inTime = !hours.dateOf(first.get().at()).isAfter(followUpDeadline(c));
            result = (result == null ? inTime : result && inTime);
        }
        return Optional.ofNullable(result);
    }

    /**
     * Whether a duty registration was handed over by the start of the next working day's office hours
     * (R-4.2.1b).
     *
     * @param s the case
     * @return the outcome, or empty when it is no duty registration or not handed over yet
     */
    public Optional<Boolean> handedOverInTime(CaseSnapshot s) {
        if (s.handedOverAt() == null) {
            return Optional.empty();
        }
        return handoverDue(s).map(due -> !s.handedOverAt().isAfter(due));
    }

    /**
     * Whether a case is long-running at an instant (R-4.4.1b): still open after its time limit.
     *
     * @param s    the case
     * @param asOf the instant
     * @return {@code true} when open and past the time-limit deadline
     */
    public boolean isLongRunning(CaseSnapshot s, Instant asOf) {
        return s.isOpen() && handlingRunning(s) && hours.dateOf(asOf).isAfter(timeLimitDeadline(s));
    }

    /**
     * Whether handling is still under way: the time limit has not stopped and the latest cycle (if
     * any) is not completed. Once handling is complete the case waits for its follow-up, and the
     * customer-update cadence of R-4.4.1b no longer applies.
     */
    private static boolean handlingRunning(CaseSnapshot s) {
        return timeLimitStop(s).isEmpty() && latestCycle(s).map(c -> c.completedAt() == null).orElse(true);
    }

    // ---- clock states ----------------------------------------------------------------------------

    /**
     * Where every running clock of an open case stands at an instant: the handover of a duty
     * registration not handed over yet, the time limit until the follow-up, the follow-up of a
     * completed cycle, and the weekly customer updates of a long-running complaint.
     *
     * @param s    the case
     * @param asOf the instant
     * @return one status per running clock, in {@link SlaClock} order; empty for a closed case
     */
    public List<SlaStatus> evaluate(CaseSnapshot s, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<SlaStatus> out = new ArrayList<>(4);
        if (!s.isOpen()) {
            return out;
        }
        LocalDate today = hours.dateOf(asOf);
        if (awaitsHandover(s)) {
            handoverDue(s).ifPresent(due -> out.add(new SlaStatus(s.id(), SlaClock.HANDOVER,
                    asOf.isBefore(due.minus(policy.handoverDueSoon())) ? SlaLevel.ON_TIME
                            : asOf.isBefore(due) ? SlaLevel.DUE_SOON : SlaLevel.OVERDUE,
                    hours.dateOf(due), due)));
        }
        LocalDate limit = timeLimitDeadline(s);
        if (timeLimitStop(s).isEmpty()) {
            out.add(dayStatus(s.id(), SlaClock.TIME_LIMIT, limit, today));
        }
        if (!NO_CHANNEL.equals(s.followUpChannel())) {
            latestCycle(s).filter(c -> c.completedAt() != null && followUpsOf(s, c.number()).findAny().isEmpty())
                    .ifPresent(c -> out.add(dayStatus(s.id(), SlaClock.FOLLOW_UP, followUpDeadline(c), today)));
        }
        if (s.type() != null && policy.customerUpdateTypes().contains(s.type()) && today.isAfter(limit)
                && policy.customerUpdatesPerWeek() > 0 && handlingRunning(s)) {
            out.add(customerUpdates(s, limit, today));
        }
        return out;
    }

    /**
     * The status of one clock.
     *
     * @param s     the case
     * @param clock the clock
     * @param asOf  the instant
     * @return the status, or empty when the clock is not running
     */
    public Optional<SlaStatus> status(CaseSnapshot s, SlaClock clock, Instant asOf) {
        return evaluate(s, asOf).stream().filter(x -> x.clock() == clock).findFirst();
    }

    /**
     * R-4.4.1b: every calendar week (Monday–Sunday) from the first day past the time limit needs
     * {@code customerUpdatesPerWeek} notes of kind CUSTOMER_UPDATE. Met this week → on time; the
     * previous week fell short and this week is not met yet → overdue (deadline: that week's Sunday);
     * otherwise due soon when few working days of the week remain.
     */
    private SlaStatus customerUpdates(CaseSnapshot s, LocalDate limit, LocalDate today) {
        LocalDate firstWeek = monday(limit.plusDays(1));
        LocalDate thisWeek = monday(today);
        LocalDate sunday = thisWeek.plusDays(6);
        int required = policy.customerUpdatesPerWeek();
        if (updatesIn(s, thisWeek) >= required) {
            return dated(s.id(), SlaClock.CUSTOMER_UPDATES, SlaLevel.ON_TIME, sunday);
        }
        LocalDate lastWeek = thisWeek.minusWeeks(1);
        if (!lastWeek.isBefore(firstWeek) && updatesIn(s, lastWeek) < required) {
            return dated(s.id(), SlaClock.CUSTOMER_UPDATES, SlaLevel.OVERDUE, lastWeek.plusDays(6));
        }
        return dayStatus(s.id(), SlaClock.CUSTOMER_UPDATES, sunday, today);
    }

    private long updatesIn(CaseSnapshot s, LocalDate monday) {
        LocalDate next = monday.plusWeeks(1);
        return s.notes().stream().filter(n -> CUSTOMER_UPDATE.equals(n.kind())).map(NoteEntry::at).map(hours::dateOf)
                .filter(d -> !d.isBefore(monday) && d.isBefore(next)).count();
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** On time, due soon (at most dueSoonWorkingDays working days left) or overdue (after the deadline). */
    SlaStatus dayStatus(String id, SlaClock clock, LocalDate deadline, LocalDate today) {
        return dated(id, clock, dayLevel(deadline, today), deadline);
    }

    SlaLevel dayLevel(LocalDate deadline, LocalDate today) {
        if (today.isAfter(deadline)) {
            return SlaLevel.OVERDUE;
        }
        return calendar.workingDaysBetween(today, deadline) <= policy.dueSoonWorkingDays()
                ? SlaLevel.DUE_SOON : SlaLevel.ON_TIME;
    }

    private SlaStatus dated(String id, SlaClock clock, SlaLevel level, LocalDate deadline) {
        return new SlaStatus(id, clock, level, deadline, endOf(deadline));
    }

    /** The instant a day-deadline becomes overdue: the start of the next day in the office's zone. */
    Instant endOf(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(hours.zone()).toInstant();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** A duty registration not yet with a receiver: in DUTY_REGISTERED, or flagged and without receiver and handover. */
    private static boolean awaitsHandover(CaseSnapshot s) {
        return s.handedOverAt() == null && (LifecycleState.DUTY_REGISTERED.name().equals(s.state())
                || s.dutyRegistration() && s.receiverId() == null);
    }

    private static Optional<HandlingCycle> latestCycle(CaseSnapshot s) {
        return s.cycles().stream().max(Comparator.comparingInt(HandlingCycle::number));
    }

    private static Stream<FollowUpEntry> followUpsOf(CaseSnapshot s, int cycle) {
        return s.followUps().stream().filter(f -> f.cycle() == cycle && !RECURRENCE_CHECK.equals(f.method()))
                .sorted(Comparator.comparing(FollowUpEntry::at));
    }

    /** When the time limit stops; empty while it runs. */
    private static Optional<Instant> timeLimitStop(CaseSnapshot s) {
        Optional<HandlingCycle> latest = latestCycle(s);
        if (NO_CHANNEL.equals(s.followUpChannel())) {
            return latest.map(HandlingCycle::completedAt);
        }
        if (latest.isEmpty()) {
            return s.followUps().stream().filter(f -> !RECURRENCE_CHECK.equals(f.method()))
                    .map(FollowUpEntry::at).min(Comparator.naturalOrder());
        }
        return followUpsOf(s, latest.get().number()).map(FollowUpEntry::at).findFirst();
    }
}
