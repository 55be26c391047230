package dev.wuye.complaint.sla;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.DueCase;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sweeps learned about the due cases, so that a sweep re-evaluates only what may have changed.
 * For each case evaluated it keeps the version read, the department, the clocks that alert and the instant
 * before which none of its clocks can change: the clocks counted in working days (time limit, follow-up,
 * customer updates) change only when the office's day turns; the clocks counted to an instant (handover,
 * agreed reply) turn due soon their policy's window before their due instant and overdue at it
 * ({@link SlaStatus#dueAt()}); an overdue one stays overdue until a command stops it, which saves a new
 * version. So a sweep reads each due case at most once a day and whenever it
 * changed, and the sweeps in between cost the index lookup of the due ids. The first sweep of a day
 * (nothing remembered) reads the due cases in one query, as a monitor without a memo does. A later
 * sweep that finds the case due in the same version before that instant reports the same statuses without
 * reading the case; any other version, an earlier instant than the evaluation, or another calendar (a
 * holiday notice loaded) reads and evaluates it again. Cases a sweep does not find (closed, no longer due)
 * are forgotten when it ends, so the memo holds no more than the due cases of the last sweep.
 *
 * <p>Not thread-safe: the monitor uses it under its sweep lock.
 */
final class SweepMemo {

    /** Cases read with one {@code findAllById}. */
    static final int READ_BATCH = 500;

    /**
     * What one evaluation of a case found: the statuses a later sweep reports again, and for each alerting
     * one its alert's key (made once, so a repeated sweep only looks it up in the ledger).
     */
    record Evaluation(String department, List<SlaStatus> statuses, List<SlaAlert.Key> keys) {
    }

    private static final class Entry {
        final long version;
        final Instant evaluatedAt;
        final Instant quietUntil;
        final Evaluation evaluation;
        long sweep;

        Entry(long version, Instant evaluatedAt, Instant quietUntil, Evaluation evaluation, long sweep) {
            this.version = version;
            this.evaluatedAt = evaluatedAt;
            this.quietUntil = quietUntil;
            this.evaluation = evaluation;
            this.sweep = sweep;
        }
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private WorkingDayCalendar calendar;
    private LocalDate day;
    private long sweep;
    /** How many entries the current sweep found (reused or remembered): when all of them, {@link #end} has nothing to forget. */
    private int found;

    /**
     * A sweep starts on this calculator's calendar at {@code asOf}: what was learned on another calendar or
     * another day is dropped (nothing is kept past the end of a day anyway).
     *
     * @param calc the sweep's pinned calculator
     * @param asOf the sweep's instant
     * @return whether anything is remembered, so that asking for the due cases by id first can pay off
     */
    boolean begin(SlaCalculator calc, Instant asOf) {
        WorkingDayCalendar now = calc.calendar();
        LocalDate today = calc.officeHours().dateOf(asOf);
        if (now != calendar || !today.equals(day)) {
            entries.clear();
            calendar = now;
            day = today;
        }
        sweep++;
        found = 0;
        return !entries.isEmpty();
    }

    /**
     * The evaluation of a due case that still holds at {@code asOf}, or {@code null} when the case must be read.
     *
     * @param due  the case's id and stored version
     * @param asOf the sweep's instant
     * @return the evaluation to report again, or {@code null}
     */
    Evaluation reuse(DueCase due, Instant asOf) {
        Entry e = entries.get(due.id());
        if (e == null || e.version != due.version() || asOf.isBefore(e.evaluatedAt) || !asOf.isBefore(e.quietUntil)) {
            return null;
        }
        if (e.sweep != sweep) {
            e.sweep = sweep;
            found++;
        }
        return e.evaluation;
    }

    /**
     * Remembers an evaluation made at {@code asOf}, when nothing about it can change for a while.
     *
     * @param s        the case as read
     * @param asOf     the sweep's instant
     * @param statuses the clocks' statuses
     * @param keys     for each status, the key its alert was offered under; {@code null} for a clock on time
     * @param calc     the sweep's pinned calculator
     */
    void remember(CaseSnapshot s, Instant asOf, List<SlaStatus> statuses, List<SlaAlert.Key> keys, SlaCalculator calc) {
        // The calculator counts TIME_LIMIT, FOLLOW_UP and CUSTOMER_UPDATES in days of the office's zone: their
        // levels (and whether CUSTOMER_UPDATES runs at all) move only when the day turns, so nothing is kept
        // past the end of the day. HANDOVER and AGREED_REPLY move at instants: due soon a window before their
        // due instant, overdue from it.
        Instant quiet = calc.officeHours().dateOf(asOf).plusDays(1).atStartOfDay(calc.officeHours().zone()).toInstant();
        SlaPolicy policy = calc.policy();
        for (SlaStatus st : statuses) {
            Instant change = switch (st.clock()) {
                case TIME_LIMIT, FOLLOW_UP, CUSTOMER_UPDATES -> Instant.MAX;
                case HANDOVER -> byInstant(st, policy.handoverDueSoon());
                case AGREED_REPLY -> byInstant(st, policy.agreedReplyDueSoon());
                // Not a case's clock: a case reporting one is not remembered.
                case WEEKLY_REVIEW, ONLINE_COLLECTION -> asOf;
            };
            if (change.isBefore(quiet)) {
                quiet = change;
            }
        }
        if (quiet.isAfter(asOf)) {
            // Only what a later sweep reports again: the clocks that alert, and the provisional years of all.
            // The very key instances the alerts were offered under: the ledger holds them, and matches them by
            // identity at the next sweep.
            List<SlaStatus> kept = new ArrayList<>(statuses.size());
            List<SlaAlert.Key> keptKeys = new ArrayList<>(statuses.size());
            for (int i = 0; i < statuses.size(); i++) {
                SlaStatus st = statuses.get(i);
                if (st.level() != SlaLevel.ON_TIME) {
                    kept.add(st);
                    keptKeys.add(keys.get(i));
                } else if (st.provisional()) {
                    kept.add(st);
                    keptKeys.add(null);
                }
            }
            Entry replaced = entries.put(s.id(), new Entry(s.version(), asOf, quiet, kept.isEmpty()
                    ? new Evaluation(s.department(), List.of(), List.of())
                    : new Evaluation(s.department(), List.copyOf(kept), java.util.Collections.unmodifiableList(keptKeys)),
                    sweep));
            if (replaced == null || replaced.sweep != sweep) {
                found++;
            }
        } else {
            Entry removed = entries.remove(s.id());
            if (removed != null && removed.sweep == sweep) {
                found--;
            }
        }
    }

    /** The next instant a clock counted to an instant changes level: due soon {@code window} before, overdue at it. */
    private static Instant byInstant(SlaStatus st, Duration window) {
        return switch (st.level()) {
            case ON_TIME -> st.dueAt().minus(window);
            case DUE_SOON -> st.dueAt();
            case OVERDUE, UNEVALUABLE -> Instant.MAX;
        };
    }

    /** The sweep has seen every due case: forgets the cases it did not find. */
    void end() {
        if (found == entries.size()) {
            return;
        }
        long current = sweep;
        entries.values().removeIf(e -> e.sweep != current);
    }

    /** How many cases are remembered (for tests). */
    int size() {
        return entries.size();
    }
}
