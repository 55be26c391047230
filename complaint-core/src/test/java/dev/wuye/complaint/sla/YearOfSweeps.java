package dev.wuye.complaint.sla;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CaseStore;
import dev.wuye.complaint.spi.Page;
import dev.wuye.complaint.store.InMemoryStorage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The child JVM of {@link SlaYearOfSweepsMemoryTest}: a year of daily sweeps over {@code args[0]} open
 * cases (default 100,000) with a quarter of them closed and replaced by new intakes every day, on a
 * compact in-memory case store that keeps per case only its acceptance day and next due instant and
 * builds the snapshot when read — from one snapshot the desk wrote, with id, key, dates and next due
 * instant changed — so the heap measured is the monitor's and its ledger's, not the fixture's. Prints
 * {@code swept <days> days, <n> cases evaluated, <m> alerts fired} and exits 0; an
 * {@link OutOfMemoryError} ends it with another status.
 */
public final class YearOfSweeps {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int LIFETIME_DAYS = 4;

    private YearOfSweeps() {
    }

    public static void main(String[] args) {
        int open = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        DeskCases desk = new DeskCases(LocalDateTime.of(2025, 1, 2, 10, 0));
        CaseSnapshot template = desk.stored(desk.validComplaint());
        WorkingDayCalendar china = WorkingDayCalendar.chinaMainland();
        Compact store = new Compact(template, open);
        InMemoryStorage others = new InMemoryStorage(SHANGHAI);
        dev.wuye.complaint.spi.Storage storage = new dev.wuye.complaint.spi.Storage() {
            @Override public CaseStore cases() { return store; }
            @Override public dev.wuye.complaint.spi.RecordLog<dev.wuye.complaint.spi.VisitRecord> visits() { return others.visits(); }
            @Override public dev.wuye.complaint.spi.RecordLog<dev.wuye.complaint.spi.DutyLogEntry> dutyLog() { return others.dutyLog(); }
            @Override public dev.wuye.complaint.spi.RecordLog<dev.wuye.complaint.spi.ReviewRecord> reviews() { return others.reviews(); }
            @Override public dev.wuye.complaint.spi.RecordLog<dev.wuye.complaint.spi.ReportSubmission> submissions() { return others.submissions(); }
            @Override public dev.wuye.complaint.spi.RecordLog<dev.wuye.complaint.spi.ActivityEntry> activity() { return others.activity(); }
            @Override public dev.wuye.complaint.spi.ArchiveStore archives() { return others.archives(); }
            @Override public ZoneId zone() { return SHANGHAI; }
        };
        SlaMonitor monitor = SlaMonitor.builder(storage, china, Clock.systemUTC()).build();
        NextDue nextDue = new NextDue(monitor.calculator());
        long[] fired = new long[1];
        monitor.subscribe(a -> fired[0]++);
        LocalDate first = LocalDate.of(2025, 1, 2);
        for (int slot = 0; slot < open; slot++) {
            // Staggered ages, so that a quarter of the cases turn over every day.
            store.receive(slot, first.minusDays(slot % LIFETIME_DAYS), nextDue);
        }
        long evaluated = 0;
        int days = 365;
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            for (int slot = 0; slot < open; slot++) {
                if (!store.acceptance(slot).plusDays(LIFETIME_DAYS).isAfter(day)) {
                    store.receive(slot, day, nextDue);   // the old case closed, a new one came in
                }
            }
            SlaSweep sweep = monitor.sweep(day.atTime(9, 0).atZone(SHANGHAI).toInstant());
            evaluated += sweep.casesEvaluated();
        }
        System.out.println("swept " + days + " days, " + evaluated + " cases evaluated, " + fired[0] + " alerts fired");
    }

    /** The compact store: per slot a generation, an acceptance day and a next due instant. */
    private static final class Compact implements CaseStore {
        private final CaseSnapshot template;
        private final int[] generation;
        private final long[] acceptanceDay;
        private final long[] nextDue;

        Compact(CaseSnapshot template, int size) {
            this.template = template;
            generation = new int[size];
            acceptanceDay = new long[size];
            nextDue = new long[size];
        }

        LocalDate acceptance(int slot) {
            return LocalDate.ofEpochDay(acceptanceDay[slot]);
        }

        void receive(int slot, LocalDate day, NextDue derivation) {
            generation[slot]++;
            acceptanceDay[slot] = day.toEpochDay();
            nextDue[slot] = Long.MIN_VALUE;
            CaseSnapshot s = snapshot(slot);
            Instant due = derivation.of(s, s.lastModifiedAt());
            nextDue[slot] = due.getEpochSecond();
        }

        private CaseSnapshot snapshot(int slot) {
            LocalDate day = acceptance(slot);
            Instant received = day.atTime(10, 0).atZone(SHANGHAI).toInstant();
            String id = "Y" + slot + "-" + generation[slot];
            return template.toBuilder().id(id).idempotencyKey("key-" + id).receivedAt(received).acceptanceDate(day)
                    .lastModifiedAt(received)
                    .nextDueAt(nextDue[slot] == Long.MIN_VALUE ? null : Instant.ofEpochSecond(nextDue[slot])).build();
        }

        @Override
        public Stream<CaseSnapshot> streamDue(Instant asOf, int pageSize) {
            long at = asOf.getEpochSecond();
            return IntStream.range(0, nextDue.length).filter(slot -> nextDue[slot] <= at).mapToObj(this::snapshot);
        }

        @Override
        public Optional<CaseSnapshot> findById(String id) {
            throw new UnsupportedOperationException("a scan-only fixture");
        }

        @Override
        public Optional<CaseSnapshot> findByIdempotencyKey(String idempotencyKey) {
            throw new UnsupportedOperationException("a scan-only fixture");
        }

        @Override
        public void save(CaseSnapshot snapshot, long expectedVersion, List<AuditEntry> auditEntries) {
            throw new UnsupportedOperationException("a scan-only fixture");
        }

        @Override
        public List<AuditEntry> auditTrail(String caseId) {
            return List.of();
        }

        @Override
        public Page<CaseSnapshot> find(CaseQuery query, String cursor, int limit) {
            throw new UnsupportedOperationException("a scan-only fixture");
        }
    }
}
