package dev.wuye.complaint.spi;

import java.time.ZoneId;

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
     * The zone used to turn record instants into dates for {@link RecordLog#find} queries.
     * Defaults to Asia/Shanghai. Must not change over the life of a storage object.
     */
    default ZoneId zone() {
        return ZoneId.of("Asia/Shanghai");
    }
}
