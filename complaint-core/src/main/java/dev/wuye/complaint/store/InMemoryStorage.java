package dev.wuye.complaint.store;

import dev.wuye.complaint.spi.ArchiveBatch;
import dev.wuye.complaint.spi.ArchiveStore;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CaseStore;
import dev.wuye.complaint.spi.DuplicateIntakeException;
import dev.wuye.complaint.spi.ActivityEntry;
import dev.wuye.complaint.spi.DutyLogEntry;
import dev.wuye.complaint.spi.Page;
import dev.wuye.complaint.spi.RecordLog;
import dev.wuye.complaint.spi.ReportSubmission;
import dev.wuye.complaint.spi.ReviewRecord;
import dev.wuye.complaint.spi.StaleVersionException;
import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.spi.VisitRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Thread-safe in-memory {@link Storage}. Writes are serialised per store (a single lock keeps
 * snapshot, key index, audit trail and logs consistent); reads are lock-free, except the audit trail.
 *
 * <p>{@link #atomically} holds that lock for the whole unit and keeps an undo entry per write; when the
 * work throws, the unit's writes are undone, newest first, before the lock is released. No other writer
 * can interleave, so undoing restores exactly what was there. A lock-free reader on another thread may
 * see a unit's first write before its last one; a failed unit's writes may be seen until undone.
 */
public final class InMemoryStorage implements Storage {

    /** Held by every write and by a whole unit of work. */
    private final ReentrantLock writes = new ReentrantLock();
    /** The undo actions of the running unit, newest first; guarded by {@link #writes}. */
    private final ArrayDeque<Runnable> undo = new ArrayDeque<>();
    /** Whether the lock holder runs a unit of work; guarded by {@link #writes}. */
    private boolean inUnit;

    private final ZoneId zone;
    private final Cases cases = new Cases();
    private final Log<VisitRecord> visits;
    private final Log<DutyLogEntry> dutyLog;
    private final Log<ReviewRecord> reviews;
    private final Log<ReportSubmission> submissions;
    private final Log<ActivityEntry> activity;
    private final Archives archives = new Archives();

    /** A store whose record dates are taken in Asia/Shanghai. */
    public InMemoryStorage() {
        this(ZoneId.of("Asia/Shanghai"));
    }

    /** @param zone the zone record instants are turned into dates in */
    public InMemoryStorage(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        visits = new Log<>(VisitRecord::id, VisitRecord::department, VisitRecord::date,
                Comparator.comparing(VisitRecord::date));
        dutyLog = new Log<>(DutyLogEntry::id, DutyLogEntry::department, e -> LocalDate.ofInstant(e.at(), zone),
                Comparator.comparing(DutyLogEntry::at));
        reviews = new Log<>(ReviewRecord::id, ReviewRecord::department, ReviewRecord::periodStart,
                Comparator.comparing(ReviewRecord::periodStart));
        submissions = new Log<>(ReportSubmission::id, ReportSubmission::department,
                s -> LocalDate.ofInstant(s.submittedAt(), zone), Comparator.comparing(ReportSubmission::submittedAt));
        activity = new Log<>(ActivityEntry::id, ActivityEntry::department, e -> LocalDate.ofInstant(e.at(), zone),
                Comparator.comparing(ActivityEntry::at));
    }

    @Override
    public CaseStore cases() {
        return cases;
    }

    @Override
    public RecordLog<VisitRecord> visits() {
        return visits;
    }

    @Override
    public RecordLog<DutyLogEntry> dutyLog() {
        return dutyLog;
    }

    @Override
    public RecordLog<ReviewRecord> reviews() {
        return reviews;
    }

    @Override
    public RecordLog<ReportSubmission> submissions() {
        return submissions;
    }

    @Override
    public RecordLog<ActivityEntry> activity() {
        return activity;
    }

    @Override
    public ArchiveStore archives() {
        return archives;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public <T> T atomically(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        writes.lock();
        try {
            if (inUnit) {
                return work.get();
            }
            inUnit = true;
            boolean done = false;
            try {
                T result = work.get();
                done = true;
                return result;
            } finally {
                inUnit = false;
                if (done) {
                    undo.clear();
                } else {
                    while (!undo.isEmpty()) {
                        undo.pop().run();
                    }
                }
            }
        } finally {
            writes.unlock();
        }
    }

    /** Remembers how to undo a write just made under {@link #writes}, when a unit runs. */
    private void written(Runnable undoAction) {
        if (inUnit) {
            undo.push(undoAction);
        }
    }

    private final class Cases implements CaseStore {
        private final ConcurrentSkipListMap<String, CaseSnapshot> byId = new ConcurrentSkipListMap<>();
        private final Map<String, String> idByKey = new ConcurrentHashMap<>();
        private final Map<String, List<AuditEntry>> audit = new ConcurrentHashMap<>();
        /** The open cases, by next due instant then id: the index {@link #streamDue} reads. */
        private final ConcurrentSkipListSet<Due> due = new ConcurrentSkipListSet<>();

        /** One entry of the due index. */
        private record Due(Instant at, String id) implements Comparable<Due> {
            @Override
            public int compareTo(Due o) {
                int c = at.compareTo(o.at);
                return c != 0 ? c : id.compareTo(o.id);
            }
        }

        private static Due dueOf(CaseSnapshot s) {
            return s != null && s.isOpen() ? new Due(dueAt(s), s.id()) : null;
        }

        /** A snapshot's place in the due index: not derived ({@code null}) is due at every scan. */
        private static Instant dueAt(CaseSnapshot s) {
            return s.nextDueAt() == null ? Instant.MIN : s.nextDueAt();
        }

        @Override
        public Optional<CaseSnapshot> findById(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<CaseSnapshot> findByIdempotencyKey(String key) {
            String id = idByKey.get(key);
            return id == null ? Optional.empty() : findById(id);
        }

        @Override
        public void save(CaseSnapshot snapshot, long expectedVersion, List<AuditEntry> auditEntries) {
            List<AuditEntry> entries = CaseStore.checkSave(snapshot, expectedVersion, auditEntries);
            writes.lock();
            try {
                CaseSnapshot current = byId.get(snapshot.id());
                if (expectedVersion == 0) {
                    if (current != null) {
                        throw new DuplicateIntakeException(snapshot.idempotencyKey());
                    }
                    if (idByKey.containsKey(snapshot.idempotencyKey())) {
                        throw new DuplicateIntakeException(snapshot.idempotencyKey());
                    }
                } else {
                    if (current == null || current.version() != expectedVersion) {
                        throw new StaleVersionException(snapshot.id(), expectedVersion,
                                current == null ? -1 : current.version());
                    }
                    if (!current.idempotencyKey().equals(snapshot.idempotencyKey())) {
                        throw new IllegalArgumentException("the idempotency key of " + snapshot.id()
                                + " cannot change");
                    }
                }
                idByKey.put(snapshot.idempotencyKey(), snapshot.id());
                Due before = dueOf(current);
                Due after = dueOf(snapshot);
                if (after != null) {
                    due.add(after);
                }
                byId.put(snapshot.id(), snapshot);
                if (before != null && !before.equals(after)) {
                    due.remove(before);
                }
                List<AuditEntry> trail = audit.computeIfAbsent(snapshot.id(), k -> new ArrayList<>());
                int length = trail.size();
                trail.addAll(entries);
                written(() -> {
                    trail.subList(length, trail.size()).clear();
                    if (after != null && !after.equals(before)) {
                        due.remove(after);
                    }
                    if (before != null) {
                        due.add(before);
                    }
                    if (current == null) {
                        byId.remove(snapshot.id());
                        idByKey.remove(snapshot.idempotencyKey());
                        audit.remove(snapshot.id());
                    } else {
                        byId.put(snapshot.id(), current);
                    }
                });
            } finally {
                writes.unlock();
            }
        }

        @Override
        public Stream<CaseSnapshot> streamDue(Instant asOf, int pageSize) {
            Objects.requireNonNull(asOf, "asOf");
            if (pageSize < 1) {
                throw new IllegalArgumentException("pageSize must be >= 1, was " + pageSize);
            }
            // Reads the index lazily; an entry whose case was saved meanwhile is checked against the current snapshot.
            return due.stream().takeWhile(d -> !d.at().isAfter(asOf))
                    .map(d -> {
                        CaseSnapshot s = byId.get(d.id());
                        return s != null && s.isOpen() && d.at().equals(dueAt(s)) ? s : null;
                    })
                    .filter(Objects::nonNull);
        }

        @Override
        public List<AuditEntry> auditTrail(String caseId) {
            writes.lock();
            try {
                return List.copyOf(audit.getOrDefault(caseId, List.of()));
            } finally {
                writes.unlock();
            }
        }

        @Override
        public Page<CaseSnapshot> find(CaseQuery query, String cursor, int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be >= 1, was " + limit);
            }
            Map<String, CaseSnapshot> tail = cursor == null ? byId : byId.tailMap(cursor, false);
            List<CaseSnapshot> items = new ArrayList<>(Math.min(limit, 256));
            String last = null;
            boolean more = false;
            for (CaseSnapshot s : tail.values()) {
                if (!query.matches(s)) {
                    continue;
                }
                if (items.size() == limit) {
                    more = true;
                    break;
                }
                items.add(s);
                last = s.id();
            }
            return new Page<>(items, more ? last : null);
        }
    }

    private final class Log<R> implements RecordLog<R> {
        private final Map<String, R> byId = new ConcurrentHashMap<>();
        private final Function<R, String> id;
        private final Function<R, String> department;
        private final Function<R, LocalDate> date;
        private final Comparator<R> order;

        /** {@code oldestFirst} orders by the dating component itself: by instant for instant-dated records. */
        Log(Function<R, String> id, Function<R, String> department, Function<R, LocalDate> date,
            Comparator<R> oldestFirst) {
            this.id = id;
            this.department = department;
            this.date = date;
            this.order = oldestFirst.thenComparing(id);
        }

        @Override
        public boolean append(R record) {
            Objects.requireNonNull(record, "record");
            String key = id.apply(record);
            writes.lock();
            try {
                if (byId.putIfAbsent(key, record) != null) {
                    return false;
                }
                written(() -> byId.remove(key, record));
                return true;
            } finally {
                writes.unlock();
            }
        }

        @Override
        public Optional<R> findById(String recordId) {
            return Optional.ofNullable(byId.get(recordId));
        }

        @Override
        public List<R> find(String dept, LocalDate from, LocalDate toExclusive) {
            return byId.values().stream()
                    .filter(r -> dept == null || dept.equals(department.apply(r)))
                    .filter(r -> !date.apply(r).isBefore(from) && date.apply(r).isBefore(toExclusive))
                    .sorted(order)
                    .toList();
        }
    }

    private final class Archives implements ArchiveStore {
        private final Map<String, ArchiveBatch> byKey = new ConcurrentHashMap<>();

        private static String key(String department, String period, String kind) {
            return department + '\u0000' + period + '\u0000' + kind;
        }

        @Override
        public ArchiveBatch saveIfAbsent(ArchiveBatch batch) {
            String key = key(batch.department(), batch.period(), batch.kind());
            writes.lock();
            try {
                ArchiveBatch existing = byKey.putIfAbsent(key, batch);
                if (existing != null) {
                    return existing;
                }
                written(() -> byKey.remove(key, batch));
                return batch;
            } finally {
                writes.unlock();
            }
        }

        @Override
        public Optional<ArchiveBatch> find(String department, String period, String kind) {
            return Optional.ofNullable(byKey.get(key(department, period, kind)));
        }

        @Override
        public List<ArchiveBatch> findAll(String department) {
            return byKey.values().stream()
                    .filter(b -> department == null || department.equals(b.department()))
                    .sorted(Comparator.comparing(ArchiveBatch::period).thenComparing(ArchiveBatch::kind)
                            .thenComparing(ArchiveBatch::department))
                    .toList();
        }
    }
}
