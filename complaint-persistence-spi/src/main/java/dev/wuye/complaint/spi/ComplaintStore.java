package dev.wuye.complaint.spi;

import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Where cases and their audit trails live. Implementations must be safe to call from many threads
 * and from several host instances sharing one database.
 */
public interface ComplaintStore {

    /**
     * The latest snapshot of a case.
     *
     * @param id the case id
     * @return the snapshot, or empty when no case has that id
     */
    Optional<ComplaintSnapshot> findById(String id);

    /**
     * The case created with an intake idempotency key.
     *
     * @param idempotencyKey the client-supplied key
     * @return the snapshot, or empty when no case was created with that key
     */
    Optional<ComplaintSnapshot> findByIdempotencyKey(String idempotencyKey);

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
     * @param snapshot        the new state
     * @param expectedVersion the version the caller loaded ({@code 0} for a new case)
     * @param auditEntries    the entries this change appends (each with {@code version == snapshot.version()})
     * @throws StaleVersionException     another writer changed the case first
     * @throws DuplicateIntakeException  a new case's id or idempotency key is taken
     */
    void save(ComplaintSnapshot snapshot, long expectedVersion, List<AuditEntry> auditEntries);

    /**
     * The audit trail of a case, oldest first (ordered by version, then by insertion).
     *
     * @param complaintId the case
     * @return the entries; empty for an unknown case
     */
    List<AuditEntry> auditTrail(String complaintId);

    /**
     * One page of the cases matching a query, ordered by id.
     *
     * <p>Must guarantee: paging with the returned cursors visits every matching case exactly once
     * when nothing changes meanwhile; a page holds at most {@code limit} items; memory use does not
     * depend on the total number of cases.
     *
     * @param query  the criteria
     * @param cursor {@code null} for the first page, else the previous page's {@link Page#nextCursor()}
     * @param limit  page size, {@code >= 1}
     * @return the page
     */
    Page<ComplaintSnapshot> find(ComplaintQuery query, String cursor, int limit);

    /**
     * All cases matching a query as a lazy stream that fetches one page at a time, so a year of
     * data never has to fit in memory.
     *
     * @param query    the criteria
     * @param pageSize how many cases a page fetches
     * @return a sequential, ordered stream
     */
    default Stream<ComplaintSnapshot> stream(ComplaintQuery query, int pageSize) {
        Spliterator<ComplaintSnapshot> pages = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private List<ComplaintSnapshot> buffer = List.of();
            private int index;
            private String cursor;
            private boolean last;

            @Override
            public boolean tryAdvance(Consumer<? super ComplaintSnapshot> action) {
                while (index >= buffer.size()) {
                    if (last) {
                        return false;
                    }
                    Page<ComplaintSnapshot> page = find(query, cursor, pageSize);
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
}
