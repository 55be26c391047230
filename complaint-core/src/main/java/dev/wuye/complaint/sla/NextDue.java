package dev.wuye.complaint.sla;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.spi.CaseSnapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Derives a snapshot's {@link CaseSnapshot#nextDueAt()}: the earliest instant at which one of its
 * clocks may turn due soon or overdue, so that an SLA scan needs to re-evaluate only the cases whose
 * instant has come ({@link dev.wuye.complaint.spi.CaseStore#streamDue}). The desk calls it on every
 * save; a store only keeps the value.
 *
 * <p>It is derived from whatever {@link SlaCalculator#evaluate} reports, clock by clock, without naming
 * any clock, so a clock added to the calculator is covered: a clock already due soon or overdue makes
 * the case due at once; an on-time clock turns due soon no earlier than the warning window before its
 * deadline — the earlier of the policy's instant window ({@link SlaPolicy#handoverDueSoon()}) before
 * {@link SlaStatus#dueAt()} and the start of the day {@link SlaPolicy#dueSoonWorkingDays()} + 1 working
 * days before {@link SlaStatus#deadline()}. When the deadline rests on a provisional year (no official
 * holiday notice yet) a notice loaded later may move it, so the instant is taken
 * {@value #PROVISIONAL_MARGIN_DAYS} days earlier still. The result may be earlier than the truth (the
 * scan then evaluates a case that is still on time), never later. A case whose clocks cannot be
 * evaluated is due at once: the scan reports it as {@link SlaLevel#UNEVALUABLE}. Clocks start only by
 * commands (which save again), so an open case with no running clock is {@link CaseSnapshot#NOT_DUE}.
 * Thread-safe.
 */
public final class NextDue {

    /** Calendar days a provisional deadline's instant is moved earlier, wider than any holiday notice shifts a deadline. */
    public static final int PROVISIONAL_MARGIN_DAYS = 14;
    /** Upper bound on the days walked back over a run of days off (the longest Chinese holiday runs are 9 days). */
    private static final int MAX_WALK = 60;

    private final SlaCalculator calculator;

    /**
     * @param calculator the calculator whose clocks are followed
     */
    public NextDue(SlaCalculator calculator) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
    }

    /**
     * The next due instant of a snapshot as saved at an instant.
     *
     * @param s     the snapshot about to be saved
     * @param asOf  the instant of the save
     * @return the earliest instant a clock may need attention ({@code asOf} when one does already or when
     *         the clocks cannot be evaluated), {@link CaseSnapshot#NOT_DUE} when no clock runs, {@code null}
     *         for a closed case
     */
    public Instant of(CaseSnapshot s, Instant asOf) {
        Objects.requireNonNull(s, "snapshot");
        Objects.requireNonNull(asOf, "asOf");
        if (!s.isOpen()) {
            return null;
        }
        try {
            SlaCalculator calc = calculator.pinned();
            List<SlaStatus> statuses = calc.evaluate(s, asOf);
            Instant next = null;
            for (SlaStatus st : statuses) {
                Instant t = st.level() != SlaLevel.ON_TIME ? asOf : warningStart(calc, st);
                if (next == null || t.isBefore(next)) {
                    next = t;
                }
            }
            return next == null ? CaseSnapshot.NOT_DUE : next.isAfter(asOf) ? next : asOf;
        } catch (RuntimeException e) {
            // Whatever stops the evaluation now stops it at the scan too: there it becomes the case's UNEVALUABLE alert.
            return asOf;
        }
    }

    private static Instant warningStart(SlaCalculator calc, SlaStatus st) {
        SlaPolicy policy = calc.policy();
        Instant byInstant = st.dueAt().minus(policy.handoverDueSoon());
        WorkingDayCalendar cal = calc.calendar();
        LocalDate day = st.deadline();
        int working = 0;
        for (int walked = 0; working <= policy.dueSoonWorkingDays() && walked < MAX_WALK; walked++) {
            day = day.minusDays(1);
            if (cal.isWorkingDay(day)) {
                working++;
            }
        }
        if (st.provisional()) {
            day = day.minusDays(PROVISIONAL_MARGIN_DAYS);
        }
        Instant byDay = day.atStartOfDay(calc.officeHours().zone()).toInstant();
        return byDay.isBefore(byInstant) ? byDay : byInstant;
    }
}
