package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.ActivityEntry;
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
import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.spi.StoreException;
import dev.wuye.complaint.spi.VisitRecord;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A storage wrapper that fails chosen writes, for proving that a store keeps a unit of work together:
 * every write (a case save's snapshot, an appended record) is offered to a predicate first, and a write
 * it matches throws {@link InjectedFault} instead of reaching the store. Reads and
 * {@link #atomically} go to the wrapped store unchanged.
 */
public final class FaultInjectingStorage implements Storage {

    /** The failure the wrapper throws in place of a write. */
    public static final class InjectedFault extends StoreException {
        private static final long serialVersionUID = 1L;

        /** @param what the write that was failed */
        public InjectedFault(String what) {
            super("injected fault: " + what);
        }
    }

    private final Storage delegate;
    private final Predicate<Object> fail;
    private final AtomicInteger injected = new AtomicInteger();
    private final CaseStore cases;

    /**
     * @param delegate the store under test
     * @param fail     which writes to fail: offered the {@link CaseSnapshot} of a save or the record of an append
     */
    public FaultInjectingStorage(Storage delegate, Predicate<Object> fail) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.fail = Objects.requireNonNull(fail, "fail");
        this.cases = new Cases(delegate.cases());
    }

    /** How many writes were failed so far. */
    public int injected() {
        return injected.get();
    }

    private void check(Object write) {
        if (fail.test(write)) {
            injected.incrementAndGet();
            throw new InjectedFault(write.getClass().getSimpleName());
        }
    }

    @Override
    public CaseStore cases() {
        return cases;
    }

    @Override
    public RecordLog<VisitRecord> visits() {
        return new Log<>(delegate.visits());
    }

    @Override
    public RecordLog<DutyLogEntry> dutyLog() {
        return new Log<>(delegate.dutyLog());
    }

    @Override
    public RecordLog<ReviewRecord> reviews() {
        return new Log<>(delegate.reviews());
    }

    @Override
    public RecordLog<ReportSubmission> submissions() {
        return new Log<>(delegate.submissions());
    }

    @Override
    public RecordLog<ActivityEntry> activity() {
        return new Log<>(delegate.activity());
    }

    @Override
    public ArchiveStore archives() {
        return delegate.archives();
    }

    @Override
    public ZoneId zone() {
        return delegate.zone();
    }

    @Override
    public <T> T atomically(Supplier<T> work) {
        return delegate.atomically(work);
    }

    private final class Cases implements CaseStore {
        private final CaseStore store;

        Cases(CaseStore store) {
            this.store = store;
        }

        @Override
        public Optional<CaseSnapshot> findById(String id) {
            return store.findById(id);
        }

        @Override
        public Optional<CaseSnapshot> findByIdempotencyKey(String idempotencyKey) {
            return store.findByIdempotencyKey(idempotencyKey);
        }

        @Override
        public void save(CaseSnapshot snapshot, long expectedVersion, List<AuditEntry> auditEntries) {
            check(snapshot);
            store.save(snapshot, expectedVersion, auditEntries);
        }

        @Override
        public List<AuditEntry> auditTrail(String caseId) {
            return store.auditTrail(caseId);
        }

        @Override
        public Page<CaseSnapshot> find(CaseQuery query, String cursor, int limit) {
            return store.find(query, cursor, limit);
        }

        @Override
        public Stream<CaseSnapshot> stream(CaseQuery query, int pageSize) {
            return store.stream(query, pageSize);
        }
    }

    private final class Log<R> implements RecordLog<R> {
        private final RecordLog<R> log;

        Log(RecordLog<R> log) {
            this.log = log;
        }

        @Override
        public boolean append(R record) {
            check(record);
            return log.append(record);
        }

        @Override
        public Optional<R> findById(String id) {
            return log.findById(id);
        }

        @Override
        public List<R> find(String department, LocalDate from, LocalDate toExclusive) {
            return log.find(department, from, toExclusive);
        }
    }
}
