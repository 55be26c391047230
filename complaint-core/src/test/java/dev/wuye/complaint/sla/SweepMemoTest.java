package dev.wuye.complaint.sla;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.spi.ActivityEntry;
import dev.wuye.complaint.spi.ArchiveStore;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CaseStore;
import dev.wuye.complaint.spi.DueCase;
import dev.wuye.complaint.spi.DutyLogEntry;
import dev.wuye.complaint.spi.Page;
import dev.wuye.complaint.spi.RecordLog;
import dev.wuye.complaint.spi.ReportSubmission;
import dev.wuye.complaint.spi.ReviewRecord;
import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.spi.VisitRecord;
import dev.wuye.complaint.store.InMemoryStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static dev.wuye.complaint.sla.Cases.at;
import static dev.wuye.complaint.sla.Cases.complaint;
import static dev.wuye.complaint.sla.Cases.completed;
import static dev.wuye.complaint.sla.Cases.customerUpdate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A sweep re-evaluates only the due cases that changed, or whose clocks may have changed level, since a
 * sweep evaluated them; it finds and fires exactly what a sweep reading every due case does.
 */
class SweepMemoTest {

    private final InMemoryStorage memory = new InMemoryStorage();
    private final Counting storage = new Counting(memory);
    private final WorkingDayCalendar china = WorkingDayCalendar.chinaMainland();
    private final Clock clock = Clock.fixed(at("2025-03-12T09:00"), Cases.SHANGHAI);

    private void save(CaseSnapshot s) {
        memory.cases().save(s, s.version() - 1, List.of());
    }

    private void seed() {
        save(complaint("a-overdue", "2025-03-05T10:00").build());          // time limit 3/10: overdue
        save(complaint("b-due-soon", "2025-03-10T10:00").build());         // time limit 3/13: due soon on 3/12
        save(complaint("c-on-time", "2025-03-12T08:45").build());          // time limit 3/17
        save(complaint("e-follow-up", "2025-03-11T10:00")                  // completed 3/11: follow-up due 3/13
                .cycles(List.of(completed(1, "2025-03-11T16:00"))).build());
    }

    @Test
    @DisplayName("R-4.7.1 a second sweep at the same instant reads no case and fires nothing new")
    void secondSweepReadsNothing() {
        seed();
        List<SlaAlert> fired = new ArrayList<>();
        SlaMonitor monitor = SlaMonitor.builder(storage, china, clock).listener(fired::add).build();
        SlaSweep first = monitor.sweep(at("2025-03-12T09:00"));
        assertThat(storage.read).as("the first sweep reads every due case").isEqualTo(4);
        assertThat(first.alertsFound()).isEqualTo(3);
        assertThat(fired).extracting(SlaAlert::caseId, SlaAlert::clock, SlaAlert::level).containsExactlyInAnyOrder(
                tuple("a-overdue", SlaClock.TIME_LIMIT, SlaLevel.OVERDUE),
                tuple("b-due-soon", SlaClock.TIME_LIMIT, SlaLevel.DUE_SOON),
                tuple("e-follow-up", SlaClock.FOLLOW_UP, SlaLevel.DUE_SOON));

        storage.read = 0;
        storage.readIds.clear();
        SlaSweep second = monitor.sweep(at("2025-03-12T15:00"));
        assertThat(storage.read).as("nothing changed and no clock can change level the same afternoon").isZero();
        assertThat(second.casesEvaluated()).as("every due case is still counted").isEqualTo(4);
        assertThat(second.alertsFound()).isEqualTo(3);
        assertThat(second.alertsFired()).isZero();
        assertThat(fired).hasSize(3);
    }

    @Test
    @DisplayName("R-4.7.1 a due-soon clock is read again once it may be overdue; an overdue one is not")
    void levelChangesAreReadAgain() {
        seed();
        List<SlaAlert> fired = new ArrayList<>();
        SlaMonitor monitor = SlaMonitor.builder(storage, china, clock).listener(fired::add).build();
        monitor.sweep(at("2025-03-12T09:00"));
        storage.read = 0;
        storage.readIds.clear();
        monitor.sweep(at("2025-03-14T09:00"));
        // b's time limit ended 3/13 and e's follow-up is due 3/13: both may have turned overdue, so both are read;
        // a's customer-update clock may turn due soon by 3/14 too. a's time limit alone would not bring it back.
        assertThat(storage.readIds).contains("b-due-soon", "e-follow-up");
        assertThat(fired).extracting(SlaAlert::caseId, SlaAlert::clock, SlaAlert::level).contains(
                tuple("b-due-soon", SlaClock.TIME_LIMIT, SlaLevel.OVERDUE),
                tuple("a-overdue", SlaClock.CUSTOMER_UPDATES, SlaLevel.DUE_SOON));
        assertThat(fired).filteredOn(a -> a.caseId().equals("a-overdue") && a.clock() == SlaClock.TIME_LIMIT)
                .as("an overdue clock fires once").hasSize(1);
    }

    @Test
    @DisplayName("R-4.7.1 an alert whose delivery failed is delivered by the next sweep, also when that sweep does not read the case")
    void failedDeliveryIsRetriedFromTheMemo() {
        seed();
        List<SlaAlert> delivered = new ArrayList<>();
        boolean[] failing = {true};
        SlaMonitor monitor = SlaMonitor.builder(storage, china, clock).listener(a -> {
            if (failing[0] && a.caseId().equals("a-overdue")) {
                throw new IllegalStateException("the alert channel is down");
            }
            delivered.add(a);
        }).build();
        monitor.sweep(at("2025-03-12T09:00"));
        assertThat(delivered).extracting(SlaAlert::caseId).doesNotContain("a-overdue");
        failing[0] = false;
        storage.read = 0;
        SlaSweep again = monitor.sweep(at("2025-03-12T09:05"));
        assertThat(storage.read).as("the case is not read again").isZero();
        assertThat(again.alertsFired()).isEqualTo(1);
        assertThat(delivered).filteredOn(a -> a.caseId().equals("a-overdue"))
                .extracting(SlaAlert::clock, SlaAlert::level, SlaAlert::deadline, SlaAlert::detectedAt)
                .containsExactly(tuple(SlaClock.TIME_LIMIT, SlaLevel.OVERDUE, java.time.LocalDate.of(2025, 3, 10),
                        at("2025-03-12T09:05")));
    }

    @Test
    @DisplayName("R-4.7.1 a case saved in a new version is read again; a closed one is no longer reported")
    void newVersionsAreReadAgain() {
        seed();
        SlaMonitor monitor = SlaMonitor.builder(storage, china, clock).build();
        monitor.sweep(at("2025-03-12T09:00"));
        CaseSnapshot b = memory.cases().findById("b-due-soon").orElseThrow();
        save(b.toBuilder().version(2).closedAt(at("2025-03-12T10:00")).state("CLOSED").build());
        CaseSnapshot c = memory.cases().findById("c-on-time").orElseThrow();
        save(c.toBuilder().version(2).notes(List.of(customerUpdate("2025-03-12T10:30"))).build());
        storage.read = 0;
        storage.readIds.clear();
        SlaSweep sweep = monitor.sweep(at("2025-03-12T11:00"));
        assertThat(storage.readIds).containsExactly("c-on-time");
        assertThat(sweep.casesEvaluated()).isEqualTo(3);
        assertThat(sweep.alertsFound()).as("b closed: only a and e alert").isEqualTo(2);
    }

    @Test
    @DisplayName("R-4.7.1 another calendar (a holiday notice loaded) makes the next sweep read every due case")
    void anotherCalendarReadsEverything() {
        seed();
        AtomicReference<WorkingDayCalendar> calendar = new AtomicReference<>(china);
        SlaMonitor monitor = SlaMonitor.builder(storage, calendar::get, clock).build();
        monitor.sweep(at("2025-03-12T09:00"));
        calendar.set(china.toBuilder().build());   // the same days, another calendar: a reload
        storage.read = 0;
        monitor.sweep(at("2025-03-12T09:05"));
        assertThat(storage.read).isEqualTo(4);
    }

    @Test
    @DisplayName("R-4.7.1 on random cases, changes and instants (also going back), a sweep fires what one reading everything fires")
    void agreesWithReadingEverything() {
        Random random = new Random(20251129);
        Instant start = at("2025-03-03T09:00");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String id = String.format("r-%03d", i);
            Instant received = start.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 20)));
            CaseSnapshot.Builder b = complaint(id, received.atZone(Cases.SHANGHAI).toLocalDateTime().toString());
            int kind = random.nextInt(4);
            if (kind == 0) {
                // A duty registration awaiting its handover (R-4.2.1b): a clock counted to an instant.
                b.state("DUTY_REGISTERED").dutyRegistration(true).receiverId(null).validity(null);
            } else if (kind == 1) {
                // A reply time agreed with the customer (R-4.2.5b): another clock counted to an instant.
                b.agreedReplyBy(received.plus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * 3))));
            }
            if (kind != 0 && random.nextInt(3) == 0) {
                Instant done = received.plus(Duration.ofHours(1 + random.nextInt(72)));
                b.cycles(List.of(completed(1, done.atZone(Cases.SHANGHAI).toLocalDateTime().toString())));
            }
            save(b.build());
            ids.add(id);
        }
        List<SlaAlert> remembering = new ArrayList<>();
        List<SlaAlert> reading = new ArrayList<>();
        SlaMonitor withMemo = SlaMonitor.builder(storage, china, clock).listener(remembering::add).build();
        SlaMonitor without = SlaMonitor.builder(memory, china, clock).listener(reading::add)
                .reuseEvaluations(false).build();
        Instant t = start;
        int readWithMemo = 0;
        int sweeps = 0;
        for (int step = 0; step < 120; step++) {
            t = random.nextInt(8) == 0 ? t.minus(Duration.ofHours(random.nextInt(30)))
                    : t.plus(Duration.ofMinutes(random.nextInt(60 * 12)));
            for (int k = random.nextInt(3); k > 0; k--) {
                CaseSnapshot s = memory.cases().findById(ids.get(random.nextInt(ids.size()))).orElseThrow();
                if (s.isOpen() && !s.receivedAt().isAfter(t)) {
                    CaseSnapshot.Builder n = s.toBuilder().version(s.version() + 1);
                    save((random.nextBoolean() ? n.closedAt(t).state("CLOSED")
                            : n.notes(List.of(customerUpdate(t.atZone(Cases.SHANGHAI).toLocalDateTime().toString()))))
                            .build());
                }
            }
            storage.read = 0;
            SlaSweep a = withMemo.sweep(t);
            SlaSweep b = without.sweep(t);
            readWithMemo += storage.read;
            sweeps++;
            assertThat(a).as("sweep at %s", t).isEqualTo(b);
            assertThat(remembering).as("alerts fired up to %s", t).containsExactlyElementsOf(reading);
        }
        assertThat(remembering).extracting(SlaAlert::clock).as("every kind of case clock fired")
                .contains(SlaClock.HANDOVER, SlaClock.AGREED_REPLY, SlaClock.TIME_LIMIT, SlaClock.FOLLOW_UP,
                        SlaClock.CUSTOMER_UPDATES);
        assertThat(readWithMemo).as("the memo saved reads over %d sweeps", sweeps).isLessThan(80 * sweeps / 2);
    }

    /** The in-memory storage, counting the cases a sweep reads in full (by the due query or by ids). */
    private static final class Counting implements Storage {
        final InMemoryStorage delegate;
        int read;
        final List<String> readIds = new ArrayList<>();
        private final CaseStore cases;

        Counting(InMemoryStorage delegate) {
            this.delegate = delegate;
            CaseStore inner = delegate.cases();
            this.cases = new CaseStore() {
                @Override public Optional<CaseSnapshot> findById(String id) { return inner.findById(id); }
                @Override public Optional<CaseSnapshot> findByIdempotencyKey(String key) { return inner.findByIdempotencyKey(key); }
                @Override public void save(CaseSnapshot s, long v, List<AuditEntry> e) { inner.save(s, v, e); }
                @Override public List<AuditEntry> auditTrail(String caseId) { return inner.auditTrail(caseId); }
                @Override public Page<CaseSnapshot> find(CaseQuery q, String cursor, int limit) { return inner.find(q, cursor, limit); }
                @Override public Stream<CaseSnapshot> stream(CaseQuery q, int pageSize) { return inner.stream(q, pageSize); }
                @Override public Stream<CaseSnapshot> streamDue(Instant asOf, int pageSize) {
                    return inner.streamDue(asOf, pageSize).peek(s -> {
                        read++;
                        readIds.add(s.id());
                    });
                }
                @Override public Stream<DueCase> streamDueIds(Instant asOf, int pageSize) {
                    return inner.streamDueIds(asOf, pageSize);
                }
                @Override public List<CaseSnapshot> findAllById(Collection<String> ids) {
                    List<CaseSnapshot> found = inner.findAllById(ids);
                    read += found.size();
                    found.forEach(s -> readIds.add(s.id()));
                    return found;
                }
            };
        }

        @Override public CaseStore cases() { return cases; }
        @Override public RecordLog<VisitRecord> visits() { return delegate.visits(); }
        @Override public RecordLog<DutyLogEntry> dutyLog() { return delegate.dutyLog(); }
        @Override public RecordLog<ReviewRecord> reviews() { return delegate.reviews(); }
        @Override public RecordLog<ReportSubmission> submissions() { return delegate.submissions(); }
        @Override public RecordLog<ActivityEntry> activity() { return delegate.activity(); }
        @Override public ArchiveStore archives() { return delegate.archives(); }
        @Override public ZoneId zone() { return delegate.zone(); }
    }
}
