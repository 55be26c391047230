package dev.wuye.complaint.statistics;

import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.ReviewRecord;
import dev.wuye.complaint.spi.VisitRecord;
import dev.wuye.complaint.visit.VisitQuotaReport;
import dev.wuye.complaint.visit.VisitService;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Computes the monthly analysis tables (R-4.6.1–3) of every department in one pass over a stream of
 * snapshots, with memory proportional to the number of groups (departments × types, channels,
 * categories, days), plus the bounded overdue list.
 *
 * <p>The stream must hold at least every case accepted before the end of the month that was open or
 * closed on or after the first day of the <em>previous</em> month (so that recurrences of cases
 * completed last month are seen): {@link #query(String, YearMonth, ZoneId)} gives that query. Extra
 * cases are harmless. Immutable and thread-safe.
 */
public final class MonthlyAnalysisCalculator {

    /** Group key used when a case has no type or category yet. */
    public static final String UNCLASSIFIED = "UNCLASSIFIED";
    /** {@code ReviewRecord.kind} of a head's weekly review of handling forms (R-4.4.2d7). */
    public static final String WEEKLY_FORMS = "WEEKLY_FORMS";

    private final TimeLimits limits;
    private final StatisticsSettings settings;

    /**
     * @param limits   the time limits against the working-day calendar
     * @param settings the settings
     */
    public MonthlyAnalysisCalculator(TimeLimits limits, StatisticsSettings settings) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (!limits.zone().equals(settings.zone())) {
            throw new IllegalArgumentException("time limits zone " + limits.zone() + " differs from settings zone "
                    + settings.zone());
        }
    }

    /** The time limits. */
    public TimeLimits limits() {
        return limits;
    }

    /** The settings. */
    public StatisticsSettings settings() {
        return settings;
    }

    /**
     * The query whose cases a month's tables need.
     *
     * @param department one department, or {@code null} for all
     * @param month      the month
     * @param zone       the zone
     * @return accepted before the month end, open or closed since the first day of the previous month
     */
    public static CaseQuery query(String department, YearMonth month, ZoneId zone) {
        return new CaseQuery(department, null, month.plusMonths(1).atDay(1),
                month.minusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), false);
    }

    /**
     * Every department's table of a month and the company roll-up. The departments are those with a
     * case in the stream, a visit, a review or a roster.
     *
     * @param month  the month
     * @param cases  the cases (see the class comment); consumed once
     * @param inputs visits, reviews and rosters of the month
     * @return the tables
     */
    public CompanyMonthlyAnalysis analyse(YearMonth month, Stream<CaseSnapshot> cases, MonthlyInputs inputs) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(inputs, "inputs");
        Window w = new Window(month, settings.zone());
        Map<String, Accumulator> byDept = new HashMap<>();
        cases.forEach(s -> {
            if (s.acceptanceDate().isBefore(w.next)) {
                Accumulator a = byDept.get(s.department());
                if (a == null) {
                    a = new Accumulator();
                    byDept.put(s.department(), a);
                }
                a.accept(s, w);
            }
        });
        Set<String> departments = new TreeSet<>(byDept.keySet());
        departments.addAll(inputs.rosters().keySet());
        inputs.visits().forEach(v -> departments.add(v.department()));
        inputs.reviews().forEach(r -> departments.add(r.department()));
        List<MonthlyAnalysis> centres = new ArrayList<>();
        for (String d : departments) {
            centres.add(byDept.getOrDefault(d, new Accumulator()).finish(d, month, w, inputs));
        }
        return CompanyMonthlyAnalysis.rollUp(month.toString(), centres, settings);
    }

    /**
     * One department's table.
     *
     * @param department the department
     * @param month      the month
     * @param cases      the cases; others' cases are ignored
     * @param inputs     visits, reviews and rosters
     * @return the table (empty figures when nothing happened)
     */
    public MonthlyAnalysis analyse(String department, YearMonth month, Stream<CaseSnapshot> cases,
                                   MonthlyInputs inputs) {
        return analyse(month, cases.filter(s -> s.department().equals(department)), inputs).centre(department)
                .orElseGet(() -> new Accumulator().finish(department, month, new Window(month, settings.zone()),
                        inputs));
    }

    /** The month's bounds, as dates and instants. */
    private static final class Window {
        final LocalDate start;
        final LocalDate next;
        final LocalDate last;
        final LocalDate recurrenceFrom;
        final Instant startAt;
        final Instant nextAt;
        final Instant recurrenceFromAt;
        final ZoneId zone;
        /** The zone's offset in seconds when it is constant over the window, else {@code null}. */
        final Integer fixedOffset;

        /** Days from {@code recurrenceFrom} (index 0) to the month's last day. */
        final int days;

        Window(YearMonth month, ZoneId zone) {
            this.zone = zone;
            start = month.atDay(1);
            next = month.plusMonths(1).atDay(1);
            last = month.atEndOfMonth();
            recurrenceFrom = start.minusMonths(1).minusDays(1);
            startAt = start.atStartOfDay(zone).toInstant();
            nextAt = next.atStartOfDay(zone).toInstant();
            recurrenceFromAt = recurrenceFrom.atStartOfDay(zone).toInstant();
            days = (int) (next.toEpochDay() - recurrenceFrom.toEpochDay());
            java.time.zone.ZoneRules rules = zone.getRules();
            java.time.zone.ZoneOffsetTransition t = rules.nextTransition(recurrenceFromAt);
            fixedOffset = t == null || !t.getInstant().isBefore(nextAt)
                    ? rules.getOffset(recurrenceFromAt).getTotalSeconds() : null;
        }

        boolean in(Instant t) {
            return t != null && !t.isBefore(startAt) && t.isBefore(nextAt);
        }

        /** Index of a date in {@code [recurrenceFrom, next)}. */
        int dayIndex(LocalDate d) {
            return (int) (d.toEpochDay() - recurrenceFrom.toEpochDay());
        }

        boolean in(LocalDate d) {
            return !d.isBefore(start) && d.isBefore(next);
        }

        /** The epoch day of an instant in the zone, without allocating when the offset is constant. */
        long epochDay(Instant t) {
            if (fixedOffset != null && !t.isBefore(recurrenceFromAt) && t.isBefore(nextAt)) {
                return Math.floorDiv(t.getEpochSecond() + fixedOffset, 86_400L);
            }
            return LocalDate.ofInstant(t, zone).toEpochDay();
        }

        /** {@link #date(Instant)} as a function, made once. */
        final java.util.function.Function<Instant, LocalDate> dateOf = this::date;

        /** The date of an instant; a plain division when the offset is constant over the window. */
        LocalDate date(Instant t) {
            if (fixedOffset != null && !t.isBefore(recurrenceFromAt) && t.isBefore(nextAt)) {
                return LocalDate.ofEpochDay(Math.floorDiv(t.getEpochSecond() + fixedOffset, 86_400L));
            }
            return LocalDate.ofInstant(t, zone);
        }
    }

    /** Per-day figures of one kind (category) within one department. */
    private static final class KindDays {
        final long[] accepted;
        final boolean[] completed;

        KindDays(int days) {
            accepted = new long[days];
            completed = new boolean[days];
        }
    }

    private static void inc(Map<String, long[]> m, String key) {
        String k = key == null ? UNCLASSIFIED : key;
        long[] n = m.get(k);
        if (n == null) {
            n = new long[1];
            m.put(k, n);
        }
        n[0]++;
    }

    /** Running figures of one department; one instance per department per calculation. */
    private final class Accumulator {
        long accepted;
        final Map<String, long[]> byType = new HashMap<>();
        final Map<String, long[]> byChannel = new HashMap<>();
        final Map<String, long[]> byCategory = new HashMap<>();
        long valid;
        long invalid;
        long onTimeNum;
        long onTimeDen;
        long followedNum;
        long followedDen;
        long inTimeNum;
        long inTimeDen;
        long timelyNum;
        long timelyDen;
        long resultNum;
        long resultDen;
        long attitudeNum;
        long attitudeDen;
        long closed;
        long reHandled;
        long escalated;
        long major;
        long secondary;
        long corrective;
        long carriedOver;
        long overdueCount;
        final PriorityQueue<OverdueCase> overdue = new PriorityQueue<>((a, b) -> OverdueCase.ORDER.compare(b, a));
        /**
         * category → per day from {@code recurrenceFrom} to the month end: opinions of that kind
         * accepted that day (in the month) and whether one completed handling that day.
         */
        final Map<String, KindDays> kinds = new HashMap<>();

        void accept(CaseSnapshot s, Window w) {
            LocalDate acceptance = s.acceptanceDate();
            boolean counted = s.category() != null
                    && ("COMPLAINT".equals(s.type()) || "SUGGESTION".equals(s.type()));
            if (w.in(acceptance)) {
                accepted++;
                inc(byType, s.type());
                inc(byChannel, s.channel());
                inc(byCategory, s.category());
                if ("COMPLAINT".equals(s.type())) {
                    if ("VALID".equals(s.validity())) {
                        valid++;
                    } else if ("INVALID".equals(s.validity())) {
                        invalid++;
                    }
                }
                if (!"HANDLER".equals(s.escalationLevel())) {
                    escalated++;
                }
                if (s.major()) {
                    major++;
                }
                if (s.secondaryComplaint()) {
                    secondary++;
                }
                if (s.correctiveAction()) {
                    corrective++;
                }
                if (counted) {
                    kinds(s.category(), w).accepted[w.dayIndex(acceptance)]++;
                }
            }
            Instant closedAt = s.closedAt();
            if (closedAt == null || !closedAt.isBefore(w.nextAt)) {
                carriedOver++;
            } else if (!closedAt.isBefore(w.startAt)) {
                closed++;
            }
            boolean anyCompletion = false;
            List<HandlingCycle> cycles1 = s.cycles();
            for (int i1 = 0; i1 < cycles1.size(); i1++) {
                HandlingCycle c = cycles1.get(i1);
                if (c.number() >= 2 && w.in(c.assignedAt())) {
                    reHandled++;
                    break;
                }
            }
            if (counted) {
                List<HandlingCycle> cycles2 = s.cycles();
                for (int i2 = 0; i2 < cycles2.size(); i2++) {
                    HandlingCycle c = cycles2.get(i2);
                    if (c.completedAt() != null) {
                        anyCompletion = true;
                        completion(s.category(), c.completedAt(), w);
                    }
                }
                if (!anyCompletion && closedAt != null) {
                    completion(s.category(), closedAt, w);
                }
            }
            List<FollowUpEntry> followUps3 = s.followUps();
            for (int i3 = 0; i3 < followUps3.size(); i3++) {
                FollowUpEntry f = followUps3.get(i3);
                if (w.in(f.at())) {
                    if (f.timely() != null) {
                        timelyDen++;
                        timelyNum += f.timely() ? 1 : 0;
                    }
                    if (f.resultSatisfied() != null) {
                        resultDen++;
                        resultNum += f.resultSatisfied() ? 1 : 0;
                    }
                    if (f.attitudeSatisfied() != null) {
                        attitudeDen++;
                        attitudeNum += f.attitudeSatisfied() ? 1 : 0;
                    }
                }
            }
            if (limits.isSubject(s)) {
                subject(s, w);
            }
        }

        private void completion(String category, Instant at, Window w) {
            // Only completions from the day after recurrenceFrom up to the month end can make an
            // opinion of this month a recurrence; the instant check skips the date conversion.
            if (at.isBefore(w.recurrenceFromAt) || !at.isBefore(w.nextAt)) {
                return;
            }
            int day = (int) (w.epochDay(at) - w.recurrenceFrom.toEpochDay());
            if (day > 0) {
                kinds(category, w).completed[day] = true;
            }
        }

        private KindDays kinds(String category, Window w) {
            KindDays k = kinds.get(category);
            if (k == null) {
                k = new KindDays(w.days);
                kinds.put(category, k);
            }
            return k;
        }

        /** Deadlines by acceptance day and limit, for acceptance days of the last year (a direct-mapped cache). */
        private final LocalDate[][] deadlines = new LocalDate[2][];

        private LocalDate deadline(CaseSnapshot s, Window w) {
            int days = limits.sla().timeLimitDays(s);
            int slot = days == limits.sla().policy().serviceCentreLimitDays() ? 0 : 1;
            long idx = s.acceptanceDate().toEpochDay() - (w.next.toEpochDay() - 400);
            if (idx < 0 || idx >= 400 || slot == 1 && days != limits.sla().policy().companyLimitDays()) {
                return limits.timeLimitDeadline(s);
            }
            if (deadlines[slot] == null) {
                deadlines[slot] = new LocalDate[400];
            }
            LocalDate d = deadlines[slot][(int) idx];
            if (d == null) {
                d = limits.sla().calendar().plusWorkingDays(s.acceptanceDate(), days);
                deadlines[slot][(int) idx] = d;
            }
            return d;
        }

        private boolean moreOverdue(LocalDate deadline, String id, OverdueCase than) {
            int c = deadline.compareTo(than.deadline());
            return c < 0 || c == 0 && id.compareTo(than.caseId()) < 0;
        }

        private void subject(CaseSnapshot s, Window w) {
            LocalDate deadline = deadline(s, w);
            Instant end = limits.measuredEndInstant(s);
            if (w.in(end)) {
                onTimeDen++;
                if (w.epochDay(end) <= deadline.toEpochDay()) {
                    onTimeNum++;
                }
            }
            if (!deadline.isAfter(w.last) && (end == null || !end.isBefore(w.nextAt))) {
                overdueCount++;
                int limit = settings.overdueListLimit();
                // A full list only takes a case more overdue than its least overdue one (checked before allocating).
                if (limit > 0 && (overdue.size() < limit || moreOverdue(deadline, s.id(), overdue.peek()))) {
                    OverdueCase o = new OverdueCase(s.id(), s.recordNumber(), s.department(), s.acceptanceDate(),
                            deadline, s.state());
                    if (overdue.size() < limit) {
                        overdue.add(o);
                    } else if (OverdueCase.ORDER.compare(o, overdue.peek()) < 0) {
                        overdue.poll();
                        overdue.add(o);
                    }
                }
            }
            Instant firstCompletion = TimeLimits.firstCompletion(s);
            if (firstCompletion != null && w.in(firstCompletion)) {
                followedDen++;
                if (!s.followUps().isEmpty()) {
                    followedNum++;
                }
                if (!"NONE".equals(s.followUpChannel())) {
                    inTimeDen++;
                    if (limits.followUpInTimeFast(s, w.dateOf)) {
                        inTimeNum++;
                    }
                }
            }
        }

        MonthlyAnalysis finish(String department, YearMonth month, Window w, MonthlyInputs inputs) {
            long recurrences = 0;
            for (KindDays k : kinds.values()) {
                int lastCompletion = -1;
                for (int day = 0; day < k.accepted.length; day++) {
                    // The latest completion strictly before the day is the best candidate (plusMonths is monotone).
                    if (k.accepted[day] > 0 && lastCompletion >= 0
                            && !w.recurrenceFrom.plusDays(day).isAfter(w.recurrenceFrom.plusDays(lastCompletion).plusMonths(1))) {
                        recurrences += k.accepted[day];
                    }
                    if (k.completed[day]) {
                        lastCompletion = day;
                    }
                }
            }
            List<OverdueCase> list = new ArrayList<>(overdue);
            list.sort(OverdueCase.ORDER);

            List<VisitRecord> visits = inputs.visits().stream()
                    .filter(v -> v.department().equals(department) && w.in(v.date())).toList();
            Set<String> roster = inputs.rosters().getOrDefault(department, Set.of());
            boolean checked = false;
            Set<LocalDate> reviewedWeeks = new HashSet<>();
            for (ReviewRecord r : inputs.reviews()) {
                if (!r.department().equals(department) || !w.in(r.periodStart())) {
                    continue;
                }
                if (VisitService.MONTHLY_VISITS.equals(r.kind())) {
                    checked = true;
                } else if (WEEKLY_FORMS.equals(r.kind()) && r.periodStart().getDayOfWeek() == DayOfWeek.MONDAY) {
                    reviewedWeeks.add(r.periodStart());
                }
            }
            VisitQuotaReport q = VisitService.quotaReport(department, month, settings.visitQuota(), roster, visits,
                    checked);
            int staff = q.visitsByStaff().size();
            Rate quotaMet = new Rate(staff - q.belowQuota().size(), staff);
            Rate visitChecks = staff == 0 ? Rate.UNDEFINED : new Rate(checked ? 1 : 0, 1);
            long mondays = w.start.datesUntil(w.next).filter(d -> d.getDayOfWeek() == DayOfWeek.MONDAY).count();

            return new MonthlyAnalysis(department, month.toString(), accepted, counts(byType), counts(byChannel),
                    counts(byCategory), valid, invalid, new Rate(onTimeNum, onTimeDen),
                    new Rate(followedNum, followedDen), new Rate(inTimeNum, inTimeDen),
                    new Rate(timelyNum, timelyDen), new Rate(resultNum, resultDen),
                    new Rate(attitudeNum, attitudeDen), closed, reHandled, escalated, major, secondary, corrective,
                    recurrences, carriedOver, overdueCount, list, q.visitsDone(), quotaMet, visitChecks,
                    new Rate(reviewedWeeks.size(), mondays));
        }

        private TreeMap<String, Long> counts(Map<String, long[]> m) {
            TreeMap<String, Long> t = new TreeMap<>();
            m.forEach((k, v) -> t.put(k, v[0]));
            return t;
        }
    }
}
