// Over 400 lines on purpose: every deadline and clock of a case is one pure function of the same
// snapshot, calendar, policy and office hours; splitting it would scatter the interpretations documented here.
package dev.wuye.complaint.sla;

import dev.wuye.complaint.calendar.WorkingDate;
import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.calendar.WorkingDayCount;
import dev.wuye.complaint.cases.InvalidSnapshotException;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The procedure's deadlines and clock states for one case: pure functions of a snapshot, the
 * working-day calendar, the policy and the office hours. Immutable and thread-safe.
 *
 * <p>Interpretations (see {@code docs/rules.md}): the acceptance day is not counted; on time means on or before
 * the deadline; escalation to the company keeps the original acceptance date. The time limit runs
 * until the follow-up of the latest handling cycle: a re-handling cycle after an unsatisfied
 * follow-up keeps it running. For a case without a follow-up channel (R-4.4.2d6) it stops when the
 * latest cycle is completed, since its only "follow-up" is the recurrence check a month later.
 *
 * <p>The calendar is either fixed or read from a {@link Supplier} such as a
 * {@link dev.wuye.complaint.calendar.LiveCalendar}, whose data a host reloads at run time. A calculator
 * on a supplier reads it once per public call; {@link #pinned()} fixes the current calendar for a
 * series of calls (the {@link SlaMonitor} pins one per scan). A deadline counted over a year without an
 * official holiday notice is provisional: the {@code …Checked} methods and every {@link SlaStatus} name
 * those years.
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

    private final Supplier<WorkingDayCalendar> calendars;
    /** The fixed calendar; {@code null} when read from {@link #calendars} at each call. */
    private final WorkingDayCalendar fixed;
    private final SlaPolicy policy;
    private final OfficeHours hours;

    /**
     * Creates the calculator on a fixed calendar.
     *
     * @param calendar the working-day calendar
     * @param policy   the numbers
     * @param hours    office hours (their zone turns instants into dates)
     */
    public SlaCalculator(WorkingDayCalendar calendar, SlaPolicy policy, OfficeHours hours) {
        this.fixed = Objects.requireNonNull(calendar, "calendar");
        this.calendars = () -> calendar;
        this.policy = Objects.requireNonNull(policy, "policy");
        this.hours = Objects.requireNonNull(hours, "hours");
    }

    /**
     * Creates the calculator on a calendar that may be swapped at run time, e.g. a
     * {@link dev.wuye.complaint.calendar.LiveCalendar}: each public call reads {@code calendars.get()} once.
     *
     * @param calendars supplies the calendar in use
     * @param policy    the numbers
     * @param hours     office hours (their zone turns instants into dates)
     */
    public SlaCalculator(Supplier<WorkingDayCalendar> calendars, SlaPolicy policy, OfficeHours hours) {
        this.fixed = null;
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.hours = Objects.requireNonNull(hours, "hours");
    }

    /** The calendar in use now: the fixed one, or the supplier's current one. */
    public WorkingDayCalendar calendar() {
        return fixed != null ? fixed : Objects.requireNonNull(calendars.get(), "calendar supplied");
    }

    /**
     * This calculator on the calendar in use now, fixed: the same answers for a whole series of calls
     * even if the supplier's calendar is swapped meanwhile (one consistent calendar per scan).
     *
     * @return this calculator when its calendar is fixed, otherwise a new one on the current calendar
     */
    public SlaCalculator pinned() {
        return fixed != null ? this : new SlaCalculator(calendar(), policy, hours);
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
        return calendar().plusWorkingDays(s.acceptanceDate(), timeLimitDays(s));
    }

    /**
     * {@link #timeLimitDeadline} with the provisional years it was counted over (the years whose
     * notice would make it official).
     *
     * @param s the case
     * @return the deadline and its provisional years
     */
    public WorkingDate timeLimitDeadlineChecked(CaseSnapshot s) {
        return calendar().plusWorkingDaysChecked(s.acceptanceDate(), timeLimitDays(s));
    }

    /**
     * The last day the follow-up of the latest handling cycle may be done on: {@code followUpDays}
     * working days after that cycle's completion (R-4.4.2b, R-4.7.4).
     *
     * @param s the case
     * @return the deadline, or empty while the latest cycle is not completed (or there is none)
     */
    public Optional<LocalDate> followUpDeadline(CaseSnapshot s) {
        return followUpDeadlineChecked(s).map(WorkingDate::date);
    }

    /**
     * {@link #followUpDeadline} with the provisional years it was counted over.
     *
     * @param s the case
     * @return the deadline and its provisional years, or empty while the latest cycle is not completed
     */
    public Optional<WorkingDate> followUpDeadlineChecked(CaseSnapshot s) {
        WorkingDayCalendar cal = calendar();
        return SnapshotFacts.latestCycle(s).filter(c -> c.completedAt() != null).map(c -> followUpDeadline(cal, c));
    }

    private WorkingDate followUpDeadline(WorkingDayCalendar cal, HandlingCycle c) {
        return cal.plusWorkingDaysChecked(hours.dateOf(c.completedAt()), policy.followUpDays());
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
        return Optional.of(hours.nextOpening(s.receivedAt(), calendar()));
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
        if (fixed == null) {
            return pinned().metTimeLimit(s);
        }
        return SnapshotFacts.timeLimitStop(s).map(at -> !hours.dateOf(at).isAfter(timeLimitDeadline(s)));
    }

    /**
     * Whether the follow-ups were done in time (R-4.4.2b, R-4.7.4): every handling cycle's first
     * follow-up on or before its cycle's completion plus {@code followUpDays} working days.
     *
     * @param s the case
     * @return {@code false} if any was late, {@code true} if all were in time, empty when none was done
     */
    public Optional<Boolean> followUpInTime(CaseSnapshot s) {
        if (fixed == null) {
            return pinned().followUpInTime(s);
        }
        Boolean result = null;
        for (HandlingCycle c : s.cycles()) {
            Optional<FollowUpEntry> first = SnapshotFacts.followUpsOf(s, c.number()).findFirst();
            if (c.completedAt() == null || first.isEmpty()) {
                continue;
            }
            boolean inTime = !hours.dateOf(first.get().at()).isAfter(followUpDeadline(fixed, c).date());
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
     * Whether the customer heard back by the reply time recorded at intake (R-4.2.5b): the first
     * customer update, short-path answer, follow-up or posted online reply at or before it.
     *
     * @param s the case
     * @return the outcome, or empty when no reply time was recorded or the customer has not heard back yet
     */
    public Optional<Boolean> agreedReplyKept(CaseSnapshot s) {
        Instant due = s.agreedReplyBy();
        return due == null ? Optional.empty() : SnapshotFacts.firstReply(s).map(at -> !at.isAfter(due));
    }

    /**
     * Whether a case is long-running at an instant (R-4.4.1b): still open after its time limit.
     *
     * @param s    the case
     * @param asOf the instant
     * @return {@code true} when open and past the time-limit deadline
     */
    public boolean isLongRunning(CaseSnapshot s, Instant asOf) {
        return s.isOpen() && SnapshotFacts.handlingRunning(s) && hours.dateOf(asOf).isAfter(timeLimitDeadline(s));
    }

    // ---- clock states ----------------------------------------------------------------------------

    /**
     * Where every running clock of an open case stands at an instant: the handover of a duty
     * registration not handed over yet, the time limit until the follow-up, the follow-up of a
     * completed cycle, the weekly customer updates of a long-running complaint, and the reply time
     * agreed at intake until the customer hears back (R-4.2.5b).
     *
     * @param s    the case
     * @param asOf the instant
     * @return one status per running clock, in {@link SlaClock} order; empty for a closed case
     * @throws InvalidSnapshotException the state code is not a {@link LifecycleState} name (a corrupt row)
     * @throws IllegalArgumentException the accepting level code is unknown
     * @throws dev.wuye.complaint.calendar.UnknownYearException a year needed has no data and no provisional rule
     */
    public List<SlaStatus> evaluate(CaseSnapshot s, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (fixed == null) {
            return pinned().evaluate(s, asOf);
        }
        List<SlaStatus> out = new ArrayList<>(4);
        if (!s.isOpen()) {
            return out;
        }
        SnapshotFacts.checkState(s);
        LocalDate today = hours.dateOf(asOf);
        if (SnapshotFacts.awaitsHandover(s)) {
            handoverDue(s).ifPresent(due -> out.add(new SlaStatus(s.id(), SlaClock.HANDOVER,
                    asOf.isBefore(due.minus(policy.handoverDueSoon())) ? SlaLevel.ON_TIME
                            : asOf.isBefore(due) ? SlaLevel.DUE_SOON : SlaLevel.OVERDUE,
                    hours.dateOf(due), due,
                    fixed.provisionalYearsBetween(hours.dateOf(s.receivedAt()), hours.dateOf(due)))));
        }
        WorkingDate limit = timeLimitDeadlineChecked(s);
        if (SnapshotFacts.timeLimitStop(s).isEmpty()) {
            out.add(dayStatus(s.id(), SlaClock.TIME_LIMIT, limit, today));
        }
        if (!NO_CHANNEL.equals(s.followUpChannel())) {
            SnapshotFacts.latestCycle(s).filter(c -> c.completedAt() != null && SnapshotFacts.followUpsOf(s, c.number()).findAny().isEmpty())
                    .ifPresent(c -> out.add(dayStatus(s.id(), SlaClock.FOLLOW_UP, followUpDeadline(fixed, c), today)));
        }
        if (s.type() != null && policy.customerUpdateTypes().contains(s.type()) && today.isAfter(limit.date())
                && policy.customerUpdatesPerWeek() > 0 && SnapshotFacts.handlingRunning(s)) {
            out.add(customerUpdates(s, limit, today));
        }
        SnapshotFacts.agreedReply(s, asOf, policy.agreedReplyDueSoon(), hours).ifPresent(out::add);
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
    private SlaStatus customerUpdates(CaseSnapshot s, WorkingDate limitDate, LocalDate today) {
        LocalDate limit = limitDate.date();
        List<Integer> years = limitDate.provisionalYears();
        LocalDate firstWeek = monday(limit.plusDays(1));
        LocalDate thisWeek = monday(today);
        LocalDate sunday = thisWeek.plusDays(6);
        int required = policy.customerUpdatesPerWeek();
        if (updatesIn(s, thisWeek) >= required) {
            return dated(s.id(), SlaClock.CUSTOMER_UPDATES, SlaLevel.ON_TIME, sunday, years);
        }
        LocalDate lastWeek = thisWeek.minusWeeks(1);
        if (!lastWeek.isBefore(firstWeek) && updatesIn(s, lastWeek) < required) {
            return dated(s.id(), SlaClock.CUSTOMER_UPDATES, SlaLevel.OVERDUE, lastWeek.plusDays(6), years);
        }
        return dayStatus(s.id(), SlaClock.CUSTOMER_UPDATES, new WorkingDate(sunday, years), today);
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
    private SlaStatus dayStatus(String id, SlaClock clock, WorkingDate deadline, LocalDate today) {
        DayLevel level = dayLevel(deadline, today);
        return dated(id, clock, level.level(), deadline.date(), level.provisionalYears());
    }

    /**
     * The level of a day clock, with the provisional years of its deadline and of the working days
     * counted from today to it.
     */
    DayLevel dayLevel(WorkingDate deadline, LocalDate today) {
        if (today.isAfter(deadline.date())) {
            return new DayLevel(SlaLevel.OVERDUE, deadline.provisionalYears());
        }
        WorkingDayCount left = calendar().workingDaysBetweenChecked(today, deadline.date());
        return new DayLevel(left.days() <= policy.dueSoonWorkingDays() ? SlaLevel.DUE_SOON : SlaLevel.ON_TIME,
                union(deadline.provisionalYears(), left.provisionalYears()));
    }

    /** A level and the provisional years it depended on. */
    record DayLevel(SlaLevel level, List<Integer> provisionalYears) {
    }

    private static List<Integer> union(List<Integer> a, List<Integer> b) {
        if (b.isEmpty() || a.equals(b)) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        TreeSet<Integer> all = new TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private SlaStatus dated(String id, SlaClock clock, SlaLevel level, LocalDate deadline, List<Integer> years) {
        return new SlaStatus(id, clock, level, deadline, endOf(deadline), years);
    }

    /** The instant a day-deadline becomes overdue: the start of the next day in the office's zone. */
    Instant endOf(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(hours.zone()).toInstant();
    }
}
