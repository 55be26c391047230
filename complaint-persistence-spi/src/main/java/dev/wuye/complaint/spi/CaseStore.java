package dev.wuye.complaint.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Where cases and their audit trails live. Implementations must be safe to call from many threads
 * and from several host instances sharing one database.
 *
 * <p>Every read sees only completed saves (never half of one), and returns values {@code equals} to
 * those saved. {@code null} arguments where none is documented throw {@link NullPointerException};
 * infrastructure failures are thrown as {@link StoreException}.
 */
public interface CaseStore {

    /**
     * The latest snapshot of a case.
     *
     * <p>Must guarantee: the id is matched exactly (see {@link CaseSnapshot}); the result is the
     * snapshot of the last successful {@link #save}, equal to it component by component.
     *
     * @param id the case id
     * @return the snapshot, or empty when no case has that id
     */
    Optional<CaseSnapshot> findById(String id);

    /**
     * The case created with an intake idempotency key, in its latest version.
     *
     * <p>Must guarantee: the key is matched exactly; the result equals {@link #findById} of that case.
     *
     * @param idempotencyKey the client-supplied key
     * @return the snapshot, or empty when no case was created with that key
     */
    Optional<CaseSnapshot> findByIdempotencyKey(String idempotencyKey);

    /**
     * Stores a new snapshot and appends its audit entries, atomically: either both are stored or
     * neither is.
     *
     * <p>Must guarantee: when {@code expectedVersion == 0} the case must not exist yet, else a
     * {@link DuplicateIntakeException} (same key or id) is thrown; otherwise the stored version must
     * equal {@code expectedVersion}, else {@link StaleVersionException}. {@code snapshot.version()}
     * must be {@code expectedVersion + 1} ({@link IllegalArgumentException} otherwise). Of two
     * concurrent saves with the same expected version exactly one succeeds. On any exception nothing
     * is written. Every component of the snapshot is returned unchanged by later reads, with instants
     * kept to at least microsecond precision.
     *
     * <p>Must also guarantee: {@code expectedVersion < 0}, an audit entry with another case id or
     * version, or an update that changes the case's idempotency key throws
     * {@link IllegalArgumentException} and writes nothing. The audit entries are appended in list
     * order; they may be empty. A snapshot whose texts exceed the lengths documented on
     * {@link CaseSnapshot} may be rejected, but a store must never silently truncate.
     *
     * @param snapshot        the new state
     * @param expectedVersion the version the caller loaded ({@code 0} for a new case)
     * @param auditEntries    the entries this change appends (each with {@code version == snapshot.version()})
     * @throws StaleVersionException     another writer changed the case first
     * @throws DuplicateIntakeException  a new case's id or idempotency key is taken
     * @throws IllegalArgumentException  the arguments break the rules above
     */
    void save(CaseSnapshot snapshot, long expectedVersion, List<AuditEntry> auditEntries);

    /**
     * The argument checks of {@link #save} that need no stored state, for implementations to call
     * first: {@code expectedVersion >= 0}, {@code snapshot.version() == expectedVersion + 1}, every
     * audit entry of this case and version, and the snapshot not one of {@link #streamForStatistics} (which
     * carries {@link StatisticsRead#MARK} and lacks most texts).
     *
     * @param snapshot        the new state
     * @param expectedVersion the version the caller loaded
     * @param auditEntries    the entries the change appends
     * @return an immutable copy of {@code auditEntries}
     * @throws IllegalArgumentException when a check fails
     * @throws NullPointerException     when an argument or an entry is {@code null}
     */
    static List<AuditEntry> checkSave(CaseSnapshot snapshot, long expectedVersion, List<AuditEntry> auditEntries) {
        Objects.requireNonNull(snapshot, "snapshot");
        List<AuditEntry> entries = List.copyOf(auditEntries);
        if (StatisticsRead.isStatisticsSnapshot(snapshot)) {
            throw new IllegalArgumentException("a snapshot of a statistics read cannot be saved: " + snapshot.id());
        }
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must be >= 0, was " + expectedVersion);
        }
        if (snapshot.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("snapshot.version must be expectedVersion + 1: "
                    + snapshot.version() + " != " + expectedVersion + " + 1");
        }
        for (AuditEntry e : entries) {
            if (!e.caseId().equals(snapshot.id()) || e.version() != snapshot.version()) {
                throw new IllegalArgumentException("audit entry " + e.command() + " of " + e.caseId() + " v"
                        + e.version() + " does not belong to " + snapshot.id() + " v" + snapshot.version());
            }
        }
        return entries;
    }

    /**
     * The audit trail of a case, oldest first (ordered by version, then by insertion).
     *
     * <p>Must guarantee: append-only — every entry of every successful save is there, equal to what
     * was passed, none of a failed save is, and no entry is ever changed or removed.
     *
     * @param caseId the case
     * @return the entries; empty for an unknown case
     */
    List<AuditEntry> auditTrail(String caseId);

    /**
     * One page of the cases matching a query, ordered by id.
     *
     * <p>Must guarantee: a case is returned iff {@link CaseQuery#matches} says so; ids are ordered
     * by {@link String#compareTo} (for the ASCII ids the core generates this is the binary order a
     * {@code COLLATE "C"} / {@code utf8mb4_bin} column gives); paging with the returned cursors visits
     * every matching case exactly once when nothing changes meanwhile; a page holds at most
     * {@code limit} items and is not empty unless no match is left; {@code nextCursor} is {@code null}
     * exactly when no further match exists; memory use does not depend on the total number of cases.
     * The cursor is opaque to callers. {@code limit < 1} throws {@link IllegalArgumentException}.
     *
     * @param query  the criteria
     * @param cursor {@code null} for the first page, else the previous page's {@link Page#nextCursor()}
     * @param limit  page size, {@code >= 1}
     * @return the page
     */
    Page<CaseSnapshot> find(CaseQuery query, String cursor, int limit);

    /**
     * All cases matching a query as a lazy stream that fetches one page at a time, so a year of
     * data never has to fit in memory.
     *
     * <p>Must guarantee: the same cases in the same order as paging through {@link #find}; no page is
     * fetched before the stream is consumed, and a short-circuiting consumer ({@code limit},
     * {@code findFirst}) stops fetching. The default implementation does this; override it only to
     * fetch more cleverly.
     *
     * @param query    the criteria
     * @param pageSize how many cases a page fetches
     * @return a sequential, ordered stream
     */
    default Stream<CaseSnapshot> stream(CaseQuery query, int pageSize) {
        Spliterator<CaseSnapshot> pages = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private List<CaseSnapshot> buffer = List.of();
            private int index;
            private String cursor;
            private boolean last;

            @Override
            public boolean tryAdvance(Consumer<? super CaseSnapshot> action) {
                while (index >= buffer.size()) {
                    if (last) {
                        return false;
                    }
                    Page<CaseSnapshot> page = find(query, cursor, pageSize);
                    buffer = page.items();
                    index = 0;
                    cursor = page.nextCursor();
                    last = !page.hasNext();
                }
                action.accept(buffer.get(index++));
                return true;
            }
        };
        return StreamSupport.stream(pages, false);
    }

    /**
     * All cases matching a query as a lazy stream in no particular order: for the periodic jobs that
     * only count (the monthly table), so a store can answer from the index that matches the criteria
     * without sorting the period's rows or walking the rows before it in id order.
     *
     * <p>Must guarantee: every matching case exactly once, in its latest version, when nothing changes
     * meanwhile; no other case; the order is unspecified; memory use does not depend on the number of
     * cases. The caller closes the stream (a store may hold a connection until then).
     * {@code pageSize < 1} throws {@link IllegalArgumentException}. The default is {@link #stream}.
     *
     * @param query    the criteria
     * @param pageSize how many cases one fetch reads
     * @return a sequential stream of the matching cases
     */
    default Stream<CaseSnapshot> streamUnordered(CaseQuery query, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be >= 1, was " + pageSize);
        }
        return stream(query, pageSize);
    }

    /**
     * The cases matching a query, each with only the components the periodic statistics read (the
     * monthly analysis tables): see {@link StatisticsRead} for which are kept and which are emptied. A
     * store reads only the columns behind the kept components, so a month's table costs a fraction of
     * reading every snapshot whole. The snapshots are for counting only: they carry
     * {@link StatisticsRead#MARK}, and {@link #save} refuses them.
     *
     * <p>Must guarantee what {@link #streamUnordered} guarantees, for the same cases, each equal to
     * {@link StatisticsRead#of} of the case's latest snapshot. The caller closes the stream.
     * {@code pageSize < 1} throws {@link IllegalArgumentException}. The default maps
     * {@link #streamUnordered} through {@link StatisticsRead#of}; a store overrides it to read less.
     *
     * @param query    the criteria
     * @param pageSize how many cases one fetch reads
     * @return a sequential stream of the matching cases in the statistics shape
     */
    default Stream<CaseSnapshot> streamForStatistics(CaseQuery query, int pageSize) {
        return streamUnordered(query, pageSize).map(StatisticsRead::of);
    }

    /**
     * The open cases an SLA scan at {@code asOf} has to evaluate: those whose
     * {@link CaseSnapshot#nextDueAt()} has come. A store answers it from an index on the stored
     * {@code nextDueAt} (it never derives the value itself); the default filters {@link #stream} of the
     * open cases, which reads them all.
     *
     * <p>Must guarantee: every open case whose {@code nextDueAt} is {@code null} (not derived) or not after
     * {@code asOf} is returned exactly once, in its latest version, when nothing changes meanwhile; no
     * closed case and no case with a later {@code nextDueAt} is returned; the order is unspecified; memory use does
     * not depend on the number of cases. The caller closes the stream (a store may hold a connection
     * until then). {@code pageSize < 1} throws {@link IllegalArgumentException}.
     *
     * @param asOf     the instant of the scan
     * @param pageSize how many cases one fetch reads
     * @return a sequential stream of the due open cases
     */
    default Stream<CaseSnapshot> streamDue(Instant asOf, int pageSize) {
        Objects.requireNonNull(asOf, "asOf");
        return stream(CaseQuery.open(), pageSize)
                .filter(s -> s.nextDueAt() == null || !s.nextDueAt().isAfter(asOf));
    }

    /**
     * The ids and versions of the cases {@link #streamDue} returns, without the rest of their rows: an SLA
     * sweep that already evaluated a case in this version, and knows that nothing about it changes before
     * a later instant, skips it; it reads the others with {@link #findAllById}. A store answers from the
     * same index as {@link #streamDue} (covering the version, so the database need not read the rows); the
     * default maps {@link #streamDue}.
     *
     * <p>Must guarantee what {@link #streamDue} guarantees, for the same cases. The caller closes the stream.
     *
     * @param asOf     the instant of the scan
     * @param pageSize how many ids one fetch reads
     * @return a sequential stream of the due open cases' ids and versions
     */
    default Stream<DueCase> streamDueIds(Instant asOf, int pageSize) {
        return streamDue(asOf, pageSize).map(s -> new DueCase(s.id(), s.version()));
    }

    /**
     * The latest stored versions of the cases with these ids; an id with no case is left out. The order
     * of the result is unspecified; a store reads them in as few round trips as its driver allows.
     *
     * @param ids the case ids (at most a few hundred per call)
     * @return the cases found
     */
    default List<CaseSnapshot> findAllById(Collection<String> ids) {
        Objects.requireNonNull(ids, "ids");
        List<CaseSnapshot> found = new ArrayList<>(ids.size());
        for (String id : ids) {
            findById(id).ifPresent(found::add);
        }
        return found;
    }
}
