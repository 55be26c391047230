package dev.wuye.complaint.desk;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.spi.ArchiveStore;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CaseStore;
import dev.wuye.complaint.spi.DutyLogEntry;
import dev.wuye.complaint.spi.Page;
import dev.wuye.complaint.spi.RecordLog;
import dev.wuye.complaint.spi.ReportSubmission;
import dev.wuye.complaint.spi.ReviewRecord;
import dev.wuye.complaint.spi.StaleVersionException;
import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.spi.VisitRecord;
import dev.wuye.complaint.store.InMemoryStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Intake idempotency under a race, and the one retry on a stale version. */
class DeskConcurrencyTest extends DeskScenario {

    /** A store that delegates, with hooks to simulate another writer. */
    private static class InterferingStore implements CaseStore {
        final CaseStore delegate;
        Runnable beforeSave = () -> { };
        boolean hideKeysOnce;

        InterferingStore(CaseStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<CaseSnapshot> findById(String id) {
            return delegate.findById(id);
        }

        @Override
        public Optional<CaseSnapshot> findByIdempotencyKey(String key) {
            if (hideKeysOnce) {
                hideKeysOnce = false;
                return Optional.empty();
            }
            return delegate.findByIdempotencyKey(key);
        }

        @Override
        public void save(CaseSnapshot snapshot, long expectedVersion, List<AuditEntry> auditEntries) {
            beforeSave.run();
            delegate.save(snapshot, expectedVersion, auditEntries);
        }

        @Override
        public List<AuditEntry> auditTrail(String caseId) {
            return delegate.auditTrail(caseId);
        }

        @Override
        public Page<CaseSnapshot> find(CaseQuery query, String cursor, int limit) {
            return delegate.find(query, cursor, limit);
        }
    }

    private static Storage with(InMemoryStorage base, CaseStore store) {
        return new Storage() {
            public CaseStore cases() { return store; }
            public RecordLog<VisitRecord> visits() { return base.visits(); }
            public RecordLog<DutyLogEntry> dutyLog() { return base.dutyLog(); }
            public RecordLog<ReviewRecord> reviews() { return base.reviews(); }
            public RecordLog<ReportSubmission> submissions() { return base.submissions(); }
            public RecordLog<dev.wuye.complaint.spi.ActivityEntry> activity() { return base.activity(); }
            public ArchiveStore archives() { return base.archives(); }
        };
    }

    private ComplaintDesk deskOn(CaseStore store) {
        return ComplaintDesk.builder().storage(with(storage, store)).clock(clock)
                .calendar(WorkingDayCalendar.chinaMainland())
                .idGenerator(new Supplier<>() {
                    private final AtomicInteger n = new AtomicInteger(100);

                    public String get() {
                        return "RACE" + n.incrementAndGet();
                    }
                }).build();
    }

    @Test
    @DisplayName("R-4.2.1a two intakes with the same key racing past the key check end as one case (DuplicateIntakeException)")
    void duplicateIntakeRace() {
        ReceiveOpinion command = opinion().key("same-key").build();
        String first = accept(command).caseId();
        InterferingStore store = new InterferingStore(storage.cases());
        store.hideKeysOnce = true; // the second intake does not see the first before saving
        ComplaintDesk other = deskOn(store);

        CommandResult r = other.submit(command);

        assertThat(r).isInstanceOfSatisfying(CommandResult.Accepted.class, a -> {
            assertThat(a.caseId()).isEqualTo(first);
            assertThat(a.replayed()).isTrue();
        });
        assertThat(storage.cases().find(CaseQuery.all(), null, 10).items()).hasSize(1);
        assertThat(desk.auditTrail(first)).hasSize(1);
    }

    @Test
    @DisplayName("R-4.2.1a eight threads receiving the same opinion at once create exactly one case")
    void concurrentIntakeWithOneKey() throws Exception {
        ReceiveOpinion command = opinion().key("burst").build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<CommandResult>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return desk.submit(command);
                }));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            int fresh = 0;
            for (Future<CommandResult> f : results) {
                CommandResult.Accepted a = (CommandResult.Accepted) f.get();
                ids.add(a.caseId());
                fresh += a.replayed() ? 0 : 1;
            }
            assertThat(ids).hasSize(1);
            assertThat(fresh).isEqualTo(1);
            assertThat(desk.auditTrail(ids.iterator().next())).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("a stale version is retried once on the fresh state: both changes are kept, each audited once")
    void staleVersionRetriedOnce() {
        String id = investigating(FollowUpMethod.PHONE);
        InterferingStore store = new InterferingStore(storage.cases());
        AtomicInteger interfered = new AtomicInteger();
        store.beforeSave = () -> {
            if (interfered.getAndIncrement() == 0) {
                accept(new UpdateCustomer(RECEIVER, id, "另一台主机先写入"));
            }
        };

        CommandResult r = deskOn(store).submit(new ReportProgress(HANDLER_ZHAO, id, "进度"));

        assertThat(r.isAccepted()).isTrue();
        assertThat(desk.auditTrail(id)).extracting(AuditEntry::command).endsWith("UpdateCustomer", "ReportProgress");
        assertThat(stored(id).version()).isEqualTo(5);
    }

    @Test
    @DisplayName("a second stale version in a row is a retryable ConcurrentChangeException naming the case, and stores nothing of this command")
    void staleTwicePropagates() {
        String id = investigating(FollowUpMethod.PHONE);
        InterferingStore store = new InterferingStore(storage.cases());
        store.beforeSave = () -> accept(new UpdateCustomer(RECEIVER, id, "又一次"));

        assertThatThrownBy(() -> deskOn(store).submit(new ReportProgress(HANDLER_ZHAO, id, "进度")))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.caseId()).isEqualTo(id);
                    assertThat(e.command()).isEqualTo("ReportProgress");
                    assertThat(e.getCause()).isInstanceOf(StaleVersionException.class);
                });
        assertThat(desk.auditTrail(id)).extracting(AuditEntry::command).doesNotContain("ReportProgress");
    }
}
