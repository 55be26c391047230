package dev.wuye.complaint.spi;

import java.time.ZoneId;

/**
 * Everything the library stores, as one object a host hands to the core. A vendor implements this
 * and the interfaces it returns; the in-memory store in the core and the JDBC store in the examples
 * are two implementations.
 */
public interface Storage {

    /** Cases and their audit trails. */
    ComplaintStore complaints();

    /** The visit log 《走访客户记录表》. */
    RecordLog<VisitRecord> visits();

    /** The duty handover log 《值班交接班记录表》 (R-4.3.1g). */
    RecordLog<DutyLogEntry> dutyLog();

    /** Weekly form reviews and monthly visit checks (R-4.4.2d7, R-4.5.3). */
    RecordLog<ReviewRecord> reviews();

    /** Signed monthly tables and summaries (R-4.6.2–4.6.4). */
    RecordLog<ReportSubmission> submissions();

    /** Archive batches. */
    ArchiveStore archives();

    /**
     * The zone used to turn record instants into dates for {@link RecordLog#find} queries.
     * Defaults to Asia/Shanghai.
     */
    default ZoneId zone() {
        return ZoneId.of("Asia/Shanghai");
    }
}
