package dev.wuye.complaint.spi;

import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * Everything the library stores, as one object a host hands to the core. A vendor implements this
 * and the interfaces it returns; the in-memory store in the core and the JDBC store in the examples
 * are two implementations.
 *
 * <p>Each accessor returns the same object every time; all of them are safe from many threads. An
 * implementation proves it keeps this contract by passing {@code StorageCompatibilityKit} of
 * {@code complaint-persistence-tck}.
 */
public interface Storage {

    /** Cases and their audit trails. */
    CaseStore cases();

    /** The visit log 《走访客户记录表》, dated by {@link VisitRecord#date()}. */
    RecordLog<VisitRecord> visits();

    /** The duty handover log 《值班交接班记录表》 (R-4.3.1g), dated by {@link DutyLogEntry#at()} in {@link #zone()}. */
    RecordLog<DutyLogEntry> dutyLog();

    /** Weekly form reviews and monthly visit checks (R-4.4.2d7, R-4.5.3), dated by {@link ReviewRecord#periodStart()}. */
    RecordLog<ReviewRecord> reviews();

    /** Signed monthly tables and summaries (R-4.6.2–4.6.4), dated by {@link ReportSubmission#submittedAt()} in {@link #zone()}. */
    RecordLog<ReportSubmission> submissions();

    /**
     * The activity log: one {@link ActivityEntry} per accepted periodic action (monthly tables,
     * reviews, visits, recurrence and archive runs), dated by {@link ActivityEntry#at()} in {@link #zone()}.
     */
    RecordLog<ActivityEntry> activity();

    /** Archive batches. */
    ArchiveStore archives();

    /**
     * Runs work as one unit of work: every write it makes through this storage on the calling thread
     * (case saves with their audit entries, appends to the record logs) is kept together or not at
     * all. The desk runs each command in one unit, so an off-hours intake's snapshot, audit entry and
     * duty-log entry, or a periodic action's record and its activity entry, are never stored apart.
     *
     * <p>Must guarantee: when {@code work} returns, everything it wrote is stored (and visible to other
     * threads from then on); when it throws, nothing it wrote is stored and the exception is rethrown
     * unchanged. Reads inside the unit see its own writes. A unit started inside a unit joins the outer
     * one. Failures of the store itself are thrown as {@link StoreException}; once the unit's writes are
     * stored, nothing that fails afterwards (releasing a connection) turns the unit into an exception.
     * A store may run {@code work} a second time when it could not even start it (a connection that
     * failed before any statement ran), so {@code work} must not have effects outside the storage.
     *
     * <p>The default runs {@code work} directly and gives no atomicity; every store of this library
     * overrides it, and {@code StorageCompatibilityKit} checks that a store does.
     *
     * @param work what to run; its writes go through this storage
     * @param <T>  what the work returns
     * @return what the work returned
     */
    default <T> T atomically(Supplier<T> work) {
        return work.get();
    }

    /**
     * The zone used to turn record instants into dates for {@link RecordLog#find} queries.
     * Defaults to Asia/Shanghai. Must not change over the life of a storage object.
     */
    default ZoneId zone() {
        return ZoneId.of("Asia/Shanghai");
    }
}
