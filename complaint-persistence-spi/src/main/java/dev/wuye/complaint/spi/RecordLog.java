package dev.wuye.complaint.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An append-only log of dated records of one kind (visits, duty entries, reviews, submissions).
 *
 * <p>Must guarantee: {@link #append} is idempotent by record id (appending a record whose id is
 * already stored changes nothing and returns {@code false}); records are never updated or deleted;
 * reads return records equal to those appended; safe from many threads. Of concurrent appends of
 * one id exactly one returns {@code true}. Ids are matched exactly. Texts are kept to the lengths
 * documented on {@link CaseSnapshot} and instants to at least microsecond precision.
 *
 * @param <R> the record type
 */
public interface RecordLog<R> {

    /**
     * Appends a record.
     *
     * @param record the record
     * @return {@code true} if it was stored, {@code false} if a record with its id already existed
     */
    boolean append(R record);

    /**
     * A record by id.
     *
     * @param id the id
     * @return the record, or empty
     */
    Optional<R> findById(String id);

    /**
     * The records of a department dated in {@code [from, toExclusive)}, oldest first (ties by id).
     * For records dated by an instant the date is taken in the zone the library was configured with
     * and passed to the store (see {@link Storage#zone()}), and "oldest first" orders by the instant.
     * Which component dates a record is said on each log's accessor in {@link Storage}.
     *
     * <p>Must guarantee: every appended record in range is returned once; none outside it; a range
     * with {@code toExclusive <= from} is empty.
     *
     * @param department  the department, or {@code null} for all
     * @param from        first date, inclusive
     * @param toExclusive last date, exclusive
     * @return the records
     */
    List<R> find(String department, LocalDate from, LocalDate toExclusive);
}
