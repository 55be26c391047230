// Over 400 lines on purpose: one monitor walks the due cases and the departments' periodic clocks (weekly
// review, daily online collection) in one pass with one pinned calendar and one alert ledger; splitting the walk
// would split the ledger's sweep bookkeeping. What the sweeps remember between runs is in SweepMemo.
package dev.wuye.complaint.sla;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.DueCase;
import dev.wuye.complaint.spi.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Watches the open cases' clocks and the departments' periodic ones (weekly review, daily online
 * collection): {@link #sweep(Instant)} reads the open cases whose next due instant
 * has come ({@link dev.wuye.complaint.spi.CaseStore#streamDue}, an index lookup in a database), evaluates
 * them one by one and tells the subscribed {@link SlaAlertListener}s about each due-soon and overdue clock
 * exactly once per monitor (the {@link SlaAlertLedger} remembers what fired, and forgets the clocks that
 * are over); {@link #scan(Instant)} does the same and also returns the alerts. The host's scheduler calls
 * {@link #sweep()} as often as it likes.
 * Thread-safe.
 *
 * <p><b>Calendar.</b> The monitor reads its calendar from a {@code Supplier<WorkingDayCalendar>}, e.g. a
 * {@link dev.wuye.complaint.calendar.LiveCalendar}, once per scan: every case of one scan is evaluated on
 * the same calendar, and the scan after a {@code LiveCalendar.load(…)} uses the new data. Deadlines counted
 * over a year without an official notice are provisional: their alerts name the years
 * ({@link SlaAlert#provisionalYears()}), the scan collects them ({@link SlaScan#provisionalYears()}) and
 * logs one warning per scan naming the years to load.
 *
 * <p><b>No silent gaps.</b> A case whose clocks cannot be evaluated (a year with no data and no
 * provisional rule, a corrupt snapshot: whatever the evaluation throws) gets an
 * {@link SlaLevel#UNEVALUABLE} alert ({@link SlaAlert#unevaluable}) carrying the reason; it fires once per
 * case and reason code through the ledger like any alert, and the scan goes on with the other cases.
 */
public final class SlaMonitor {

    private static final Logger LOG = LoggerFactory.getLogger(SlaMonitor.class);

    private final Storage storage;
    private final SlaCalculator sla;
    private final WeeklyReviewTracker reviews;
    private final Clock clock;
    private final SlaAlertLedger ledger;
    private final int pageSize;
    private final List<String> reviewDepartments;
    private final List<String> collectionDepartments;
    private final List<SlaAlertListener> listeners = new CopyOnWriteArrayList<>();
    /** One scan or sweep at a time, so the ledger's sweep bookkeeping sees complete sweeps only. */
    private final Object sweepLock = new Object();
    /** What the sweeps learned about the due cases; {@code null} when every sweep reads every due case. */
    private final SweepMemo memo;

    private SlaMonitor(Builder b) {
        this.storage = b.storage;
        this.sla = new SlaCalculator(b.calendars, b.policy, b.hours);
        this.reviews = new WeeklyReviewTracker(storage.reviews(), sla);
        this.clock = b.clock;
        this.ledger = b.ledger;
        this.pageSize = b.pageSize;
        this.reviewDepartments = List.copyOf(b.reviewDepartments);
        this.collectionDepartments = List.copyOf(b.collectionDepartments);
        this.memo = b.reuseEvaluations ? new SweepMemo() : null;
        listeners.addAll(b.listeners);
    }

    /**
     * A builder; policy, office hours and ledger default to {@link SlaPolicy#defaults()}, 08:30–17:30
     * Asia/Shanghai (project's choice: the procedure gives no office hours) and an in-memory ledger.
     *
     * @param storage  where the cases and reviews are
     * @param calendar the working-day calendar
     * @param clock    the clock {@link #scan()} reads
     * @return a new builder
     */
    public static Builder builder(Storage storage, WorkingDayCalendar calendar, Clock clock) {
        Objects.requireNonNull(calendar, "calendar");
        return new Builder(storage, () -> calendar, clock);
    }

    /**
     * A builder on a calendar swapped at run time (a {@link dev.wuye.complaint.calendar.LiveCalendar}),
     * read once per scan; the other defaults as {@link #builder(Storage, WorkingDayCalendar, Clock)}.
     *
     * @param storage   where the cases and reviews are
     * @param calendars supplies the calendar in use
     * @param clock     the clock {@link #scan()} reads
     * @return a new builder
     */
    public static Builder builder(Storage storage, Supplier<WorkingDayCalendar> calendars, Clock clock) {
        return new Builder(storage, calendars, clock);
    }

    /**
     * The calculator the monitor evaluates cases with; it reads the monitor's calendar supplier at
     * each call ({@link SlaCalculator#pinned()} fixes the current calendar).
     */
    public SlaCalculator calculator() {
        return sla;
    }

    /** The weekly-review tracker over the storage's review log. */
    public WeeklyReviewTracker weeklyReviews() {
        return reviews;
    }

    /**
     * Subscribes a listener (a {@code Consumer<SlaAlert>} fits as {@code consumer::accept}).
     *
     * @param listener told of each alert once
     * @return a handle that unsubscribes
     */
    public Subscription subscribe(SlaAlertListener listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Scans as of the clock's current instant; see {@link #scan(Instant)}. */
    public SlaScan scan() {
        return scan(clock.instant());
    }

    /**
     * Finds every due-soon and overdue clock and every unevaluable case as of an instant and fires the
     * ones not fired before ({@link SlaScan#allAlerts()}); collects them all for the caller. A host's
     * scheduler should call {@link #sweep(Instant)}, which fires the same alerts without collecting them.
     * When a listener throws, the alert is released from the ledger and offered again, to every
     * listener, at the next scan: delivery is at least once, so listeners should ignore an alert key
     * they have already handled.
     *
     * @param asOf the instant
     * @return what was found
     */
    public SlaScan scan(Instant asOf) {
        synchronized (sweepLock) {
            long token = ledger.sweepStarted();
            SlaScan found = query(asOf);
            for (SlaAlert alert : found.allAlerts()) {
                offer(alert);
            }
            ledger.sweepCompleted(token);
            return found;
        }
    }

    /** Sweeps as of the clock's current instant; see {@link #sweep(Instant)}. */
    public SlaSweep sweep() {
        return sweep(clock.instant());
    }

    /**
     * Fires, case by case as they are evaluated, every due-soon and overdue clock and every unevaluable
     * case not fired before, keeping no list of them: memory does not grow with the number of open
     * cases or alerts. Only the cases whose next due instant has come are considered, by id and version
     * ({@link dev.wuye.complaint.spi.CaseStore#streamDueIds}); of those, only the ones that changed since a
     * sweep evaluated them, or whose clocks may have changed level since, are read and evaluated
     * ({@link dev.wuye.complaint.spi.CaseStore#findAllById}) — unless the builder turned that off
     * ({@link Builder#reuseEvaluations(boolean)}). After a complete sweep the ledger forgets
     * the keys of clocks that are over ({@link SlaAlertLedger#sweepCompleted}). Delivery as for
     * {@link #scan(Instant)}. Sweeps (and scans) of one monitor run one at a time.
     *
     * @param asOf the instant
     * @return how many cases and alerts the sweep saw
     */
    public SlaSweep sweep(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        synchronized (sweepLock) {
            long token = ledger.sweepStarted();
            int[] fired = new int[1];
            Tally tally = walk(asOf, alert -> {
                if (offer(alert)) {
                    fired[0]++;
                }
            }, memo, (key, alert) -> {
                if (offerKnown(key, alert)) {
                    fired[0]++;
                }
            });
            ledger.sweepCompleted(token);
            return new SlaSweep(asOf, tally.scanned, tally.alerts, tally.unevaluable, fired[0], tally.provisional);
        }
    }

    /**
     * As {@link #offer}, for an alert a sweep already found: its key was made then, and the alert itself is
     * made only when the ledger says it has to fire (again: its delivery failed, or the ledger forgot it).
     */
    private boolean offerKnown(SlaAlert.Key key, Supplier<SlaAlert> alert) {
        if (!ledger.markFired(key)) {
            return false;
        }
        SlaAlert a = alert.get();
        if (!fire(a)) {
            ledger.release(key);
            return false;
        }
        return true;
    }

    /** Marks an alert in the ledger and fires it when new; {@code true} when it was fired and delivered. */
    private boolean offer(SlaAlert alert) {
        if (!ledger.markFired(alert.key())) {
            return false;
        }
        if (!fire(alert)) {
            ledger.release(alert.key());
            return false;
        }
        return true;
    }

    /**
     * The desk query: every due-soon and overdue clock and every unevaluable case as of an instant,
     * without firing anything. Reads the calendar once: the whole scan uses one calendar. Only the cases
     * whose next due instant has come are read and evaluated
     * ({@link dev.wuye.complaint.spi.CaseStore#streamDue}).
     *
     * @param asOf the instant
     * @return what was found
     */
    public SlaScan query(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<SlaAlert> alerts = new ArrayList<>();
        List<SlaAlert> unevaluable = new ArrayList<>();
        Tally tally = walk(asOf, a -> (a.level() == SlaLevel.UNEVALUABLE ? unevaluable : alerts).add(a), null, null);
        return new SlaScan(asOf, tally.scanned, alerts, tally.problems, unevaluable, tally.provisional);
    }

    /**
     * The due cases by id and version: those a sweep evaluated in this version and whose clocks cannot have
     * changed level since are reported again from the memo; the others are read in batches (after the ids'
     * cursor is closed, so a sweep never holds two connections) and evaluated.
     */
    private void walkRemembering(Instant asOf, SlaCalculator calc, Tally t, Consumer<SlaAlert> sink, SweepMemo remembered,
                                 BiConsumer<SlaAlert.Key, Supplier<SlaAlert>> known) {
        if (!remembered.begin(calc, asOf)) {
            // Nothing remembered (the day's first sweep): one query reads the due cases, as without a memo.
            readDue(asOf, calc, t, sink, remembered, known);
            remembered.end();
            return;
        }
        List<String> unread = new ArrayList<>();
        // An id and a version are a few bytes: fetched in pages twenty times larger than whole cases.
        try (Stream<DueCase> due = storage.cases().streamDueIds(asOf, Math.min(pageSize * 20, 10_000))) {
            for (DueCase d : (Iterable<DueCase>) due::iterator) {
                t.scanned++;
                SweepMemo.Evaluation evaluation = remembered.reuse(d, asOf);
                if (evaluation == null) {
                    unread.add(d.id());
                } else {
                    replay(d.id(), evaluation, asOf, t, known);
                }
            }
        }
        for (int from = 0; from < unread.size(); from += SweepMemo.READ_BATCH) {
            for (CaseSnapshot s : storage.cases().findAllById(
                    unread.subList(from, Math.min(unread.size(), from + SweepMemo.READ_BATCH)))) {
                if (s.isOpen()) {
                    evaluateRemembering(s, asOf, calc, t, sink, remembered, known);
                }
            }
        }
        remembered.end();
    }

    /** Reads every due case in one query and evaluates it; what is found is remembered when there is a memo. */
    private void readDue(Instant asOf, SlaCalculator calc, Tally t, Consumer<SlaAlert> sink, SweepMemo remembered,
                         BiConsumer<SlaAlert.Key, Supplier<SlaAlert>> known) {
        try (Stream<CaseSnapshot> due = storage.cases().streamDue(asOf, pageSize)) {
            for (CaseSnapshot s : (Iterable<CaseSnapshot>) due::iterator) {
                t.scanned++;
                if (remembered == null) {
                    evaluate(s, asOf, calc, t, sink);
                } else {
                    evaluateRemembering(s, asOf, calc, t, sink, remembered, known);
                }
            }
        }
    }

    /**
     * Evaluates one case, offers each alert under a key made once, and remembers the evaluation with those
     * very keys: a later sweep hands the ledger the instance it already holds, which a lookup matches by
     * identity without comparing the keys' fields.
     */
    private static void evaluateRemembering(CaseSnapshot s, Instant asOf, SlaCalculator calc, Tally t,
                                            Consumer<SlaAlert> sink, SweepMemo remembered,
                                            BiConsumer<SlaAlert.Key, Supplier<SlaAlert>> known) {
        List<SlaStatus> statuses = statuses(s, asOf, calc, t, sink);
        if (statuses == null) {
            return;
        }
        List<SlaAlert.Key> keys = new ArrayList<>(statuses.size());
        for (SlaStatus st : statuses) {
            t.provisional.addAll(st.provisionalYears());
            if (st.level() == SlaLevel.ON_TIME) {
                keys.add(null);
            } else {
                t.alerts++;
                SlaAlert.Key key = new SlaAlert.Key(s.id(), s.department(), st.clock(), st.level(), st.deadline());
                keys.add(key);
                known.accept(key, () -> new SlaAlert(s.id(), s.department(), st.clock(), st.level(), st.deadline(),
                        st.dueAt(), asOf, st.provisionalYears(), null));
            }
        }
        remembered.remember(s, asOf, statuses, keys, calc);
    }

    /** Evaluates one case and reports its clocks. */
    private static void evaluate(CaseSnapshot s, Instant asOf, SlaCalculator calc, Tally t, Consumer<SlaAlert> sink) {
        List<SlaStatus> statuses = statuses(s, asOf, calc, t, sink);
        if (statuses != null) {
            report(s.id(), s.department(), statuses, asOf, t, sink);
        }
    }

    /** The clocks of one case; {@code null} when it cannot be evaluated (reported as UNEVALUABLE). */
    private static List<SlaStatus> statuses(CaseSnapshot s, Instant asOf, SlaCalculator calc, Tally t,
                                            Consumer<SlaAlert> sink) {
        try {
            return calc.evaluate(s, asOf);
        } catch (RuntimeException e) {
            // Any failure of one case, whatever its kind, becomes that case's UNEVALUABLE alert.
            UnevaluableReason reason = UnevaluableReason.of(e);
            t.problems.add("case " + s.id() + ": " + reason.message());
            LOG.warn("SLA clocks of case {} cannot be evaluated ({}): {}", s.id(), reason.code(), reason.message());
            t.unevaluable++;
            sink.accept(SlaAlert.unevaluable(s.id(), s.department(), reason, asOf));
            return null;
        }
    }

    /** Reports a remembered evaluation again: each alerting clock's key to the ledger, the alert made only if it fires. */
    private static void replay(String caseId, SweepMemo.Evaluation e, Instant asOf, Tally t,
                               BiConsumer<SlaAlert.Key, Supplier<SlaAlert>> known) {
        List<SlaStatus> statuses = e.statuses();
        for (int i = 0; i < statuses.size(); i++) {
            SlaStatus st = statuses.get(i);
            t.provisional.addAll(st.provisionalYears());
            if (st.level() != SlaLevel.ON_TIME) {
                t.alerts++;
                known.accept(e.keys().get(i), () -> new SlaAlert(caseId, e.department(), st.clock(), st.level(),
                        st.deadline(), st.dueAt(), asOf, st.provisionalYears(), null));
            }
        }
    }

    private static void report(String caseId, String department, List<SlaStatus> statuses, Instant asOf, Tally t,
                               Consumer<SlaAlert> sink) {
        for (SlaStatus st : statuses) {
            t.provisional.addAll(st.provisionalYears());
            if (st.level() != SlaLevel.ON_TIME) {
                t.alerts++;
                sink.accept(new SlaAlert(caseId, department, st.clock(), st.level(), st.deadline(), st.dueAt(), asOf,
                        st.provisionalYears(), null));
            }
        }
    }

    /** What one walk over the due cases counted. */
    private static final class Tally {
        int scanned;
        int alerts;
        int unevaluable;
        final List<String> problems = new ArrayList<>();
        final SortedSet<Integer> provisional = new TreeSet<>();
    }

    /**
     * Evaluates the due cases one by one and the weekly reviews, handing each alert to the sink as it is
     * found; a case (or review) whose evaluation throws becomes its UNEVALUABLE alert and the walk goes on.
     */
    private Tally walk(Instant asOf, Consumer<SlaAlert> sink, SweepMemo remembered,
                       BiConsumer<SlaAlert.Key, Supplier<SlaAlert>> known) {
        SlaCalculator calc = sla.pinned();
        WeeklyReviewTracker weekly = new WeeklyReviewTracker(storage.reviews(), calc);
        Tally t = new Tally();
        if (remembered == null) {
            readDue(asOf, calc, t, sink, null, null);
        } else {
            walkRemembering(asOf, calc, t, sink, remembered, known);
        }
        for (String department : reviewDepartments) {
            List<UnevaluableReason> reported = new ArrayList<>(2);
            for (Instant week : List.of(asOf.minus(Duration.ofDays(7)), asOf)) {
                try {
                    WeeklyReviewStatus st = weekly.status(department, calc.officeHours().dateOf(week), asOf);
                    if (!st.done() && st.level() != SlaLevel.ON_TIME) {
                        t.alerts++;
                        sink.accept(new SlaAlert(null, department, SlaClock.WEEKLY_REVIEW, st.level(), st.deadline(),
                                calc.endOf(st.deadline()), asOf, st.provisionalYears(), null));
                    }
                    t.provisional.addAll(st.provisionalYears());
                } catch (RuntimeException e) {
                    UnevaluableReason reason = UnevaluableReason.of(e);
                    if (!reported.contains(reason)) {
                        reported.add(reason);
                        t.problems.add("weekly review of " + department + ": " + reason.message());
                        t.unevaluable++;
                        sink.accept(SlaAlert.unevaluable(null, department, reason, asOf));
                    }
                    LOG.warn("Weekly review of department {} cannot be evaluated ({}): {}", department, reason.code(),
                            reason.message());
                }
            }
        }
        OnlineCollectionTracker collections = new OnlineCollectionTracker(storage.activity(), calc);
        for (String department : collectionDepartments) {
            try {
                for (LocalDate day : collectionDays(calc, calc.officeHours().dateOf(asOf))) {
                    collections.status(department, day, asOf).ifPresent(st -> {
                        if (!st.done() && st.level() != SlaLevel.ON_TIME) {
                            t.alerts++;
                            sink.accept(new SlaAlert(null, department, SlaClock.ONLINE_COLLECTION, st.level(), st.day(),
                                    st.dueAt(), asOf, st.provisionalYears(), null));
                        }
                        t.provisional.addAll(st.provisionalYears());
                    });
                }
            } catch (RuntimeException e) {
                UnevaluableReason reason = UnevaluableReason.of(e);
                t.unevaluable++;
                t.problems.add("online collection of " + department + ": " + reason.message());
                sink.accept(SlaAlert.unevaluable(department, SlaClock.ONLINE_COLLECTION, reason, asOf));
                LOG.warn("Online collection of department {} cannot be evaluated ({}): {}", department, reason.code(),
                        reason.message());
            }
        }
        if (!t.provisional.isEmpty()) {
            LOG.warn("SLA scan at {}: deadlines counted over {} are provisional (no official holiday notice loaded);"
                    + " load the State Council's notice for {} with LiveCalendar.load(…)", asOf, t.provisional, t.provisional);
        }
        return t;
    }

    /**
     * The days whose online collection (R-4.2.1c) a scan judges: the previous working day and today. A host
     * scanning at least once every working day sees every missed collection; each fires once.
     */
    private static List<LocalDate> collectionDays(SlaCalculator calc, LocalDate today) {
        WorkingDayCalendar cal = calc.calendar();
        LocalDate previous = today.minusDays(1);
        for (int i = 0; i < 62 && !cal.isWorkingDay(previous); i++) {
            previous = previous.minusDays(1);
        }
        return List.of(previous, today);
    }

    /** Offers the alert to every listener; {@code false} when one of them failed. */
    private boolean fire(SlaAlert alert) {
        boolean delivered = true;
        for (SlaAlertListener l : listeners) {
            try {
                l.onAlert(alert);
            } catch (RuntimeException e) {
                delivered = false;
                LOG.error("SLA alert listener {} failed on {}; it will be offered again at the next scan", l, alert, e);
            }
        }
        return delivered;
    }

    /** Unsubscribes a listener. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        /** Stops the listener from receiving further alerts. */
        @Override
        void close();
    }

    /** Builds a {@link SlaMonitor}. Not thread-safe. */
    public static final class Builder {
        private final Storage storage;
        private final Supplier<WorkingDayCalendar> calendars;
        private final Clock clock;
        private SlaPolicy policy = SlaPolicy.defaults();
        private OfficeHours hours = OfficeHours.defaults();
        private SlaAlertLedger ledger = SlaAlertLedger.inMemory();
        private int pageSize = 200;
        private final List<String> reviewDepartments = new ArrayList<>();
        private final List<String> collectionDepartments = new ArrayList<>();
        private final List<SlaAlertListener> listeners = new ArrayList<>();
        private boolean reuseEvaluations = true;

        private Builder(Storage storage, Supplier<WorkingDayCalendar> calendars, Clock clock) {
            this.storage = Objects.requireNonNull(storage, "storage");
            this.calendars = Objects.requireNonNull(calendars, "calendars");
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /** Sets the policy; returns this builder. */
        public Builder policy(SlaPolicy v) { policy = Objects.requireNonNull(v, "policy"); return this; }

        /** Sets the office hours; returns this builder. */
        public Builder officeHours(OfficeHours v) { hours = Objects.requireNonNull(v, "officeHours"); return this; }

        /** Sets the ledger of fired alerts (e.g. one backed by the host's database); returns this builder. */
        public Builder ledger(SlaAlertLedger v) { ledger = Objects.requireNonNull(v, "ledger"); return this; }

        /** Sets how many cases one page fetches, {@code >= 1}; returns this builder. */
        public Builder pageSize(int v) {
            if (v < 1) {
                throw new IllegalArgumentException("pageSize: value " + v + ": must be at least 1");
            }
            pageSize = v;
            return this;
        }

        /** Adds departments whose weekly review (R-4.4.2d7) the scan checks; returns this builder. */
        public Builder weeklyReviewDepartments(Collection<String> departments) {
            departments.forEach(d -> reviewDepartments.add(Objects.requireNonNull(d, "department")));
            return this;
        }

        /**
         * Adds departments whose daily online collection (R-4.2.1c) the scan checks: a working day without a
         * {@code CollectOnlineOpinions} run raises {@link SlaClock#ONLINE_COLLECTION}; returns this builder.
         */
        public Builder onlineCollectionDepartments(Collection<String> departments) {
            departments.forEach(d -> collectionDepartments.add(Objects.requireNonNull(d, "department")));
            return this;
        }

        /** Adds a listener; returns this builder. */
        public Builder listener(SlaAlertListener v) { listeners.add(Objects.requireNonNull(v, "listener")); return this; }

        /**
         * Whether a sweep reports a due case again from what an earlier sweep found, without reading it,
         * while the case has the same version and none of its clocks can have changed level (default
         * {@code true}); {@code false} reads and evaluates every due case at every sweep.
         *
         * @param v whether to reuse evaluations
         * @return this builder
         */
        public Builder reuseEvaluations(boolean v) { reuseEvaluations = v; return this; }

        /** Builds the monitor. */
        public SlaMonitor build() {
            return new SlaMonitor(this);
        }
    }
}
