package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.ActivityEntry;
import dev.wuye.complaint.spi.RecordLog;
import dev.wuye.complaint.spi.Storage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link Storage#activity()}, the audit trail of the periodic actions: a record log
 * of {@link ActivityEntry} dated by {@link ActivityEntry#at()} in {@link Storage#zone()}. Part of
 * {@link StorageCompatibilityKit}; a test class may also implement it alone.
 */
public interface ActivityLogContract extends StorageContract {

    private static ActivityEntry entry(String id, String department, Instant at, String detail) {
        return new ActivityEntry(id, department, at, "HEAD1", "DEPARTMENT_HEAD", department, "SubmitMonthlyTable",
                "MONTHLY_TABLE:" + department + ":2025-04", detail);
    }

    private static Instant at(Storage storage, String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(storage.zone()).toInstant();
    }

    /** Appending an entry keeps every component, text as given and the instant to the microsecond. */
    @Test
    @DisplayName("R-4.6.3 an activity entry round-trips: actor, command, subject and detail as written")
    default void activityEntryRoundTrips() {
        Storage storage = storage();
        RecordLog<ActivityEntry> log = storage.activity();
        Instant when = at(storage, "2025-05-04T10:15:30.123456");
        ActivityEntry e = entry("A1", "C01", when, "签字提交 April: 投诉集中在维修");
        assertThat(log.append(e)).isTrue();
        assertThat(log.findById("A1")).contains(e);
        ActivityEntry noDetail = entry("A2", "C01", when.plusSeconds(1), null);
        assertThat(log.append(noDetail)).isTrue();
        assertThat(log.findById("A2")).contains(noDetail);
        assertThat(log.findById("nope")).isEmpty();
    }

    /** Appending an id twice stores it once. */
    @Test
    @DisplayName("R-4.6.3 an activity entry is appended once per id; the log is append-only")
    default void activityEntryIsIdempotentById() {
        Storage storage = storage();
        RecordLog<ActivityEntry> log = storage.activity();
        ActivityEntry e = entry("A1", "C01", at(storage, "2025-05-04T10:00"), "first");
        assertThat(log.append(e)).isTrue();
        assertThat(log.append(entry("A1", "C01", at(storage, "2025-05-05T10:00"), "second"))).isFalse();
        assertThat(log.findById("A1")).contains(e);
    }

    /** Entries are found by department and by date of their instant in the storage's zone, oldest first. */
    @Test
    @DisplayName("R-4.6.3 activity entries are found by department and date in the storage's zone, oldest first")
    default void activityEntriesByDepartmentAndDate() {
        Storage storage = storage();
        RecordLog<ActivityEntry> log = storage.activity();
        log.append(entry("A3", "C01", at(storage, "2025-05-31T23:59:59"), null));
        log.append(entry("A1", "C01", at(storage, "2025-05-01T00:00"), null));
        log.append(entry("A2", "C02", at(storage, "2025-05-10T12:00"), null));
        log.append(entry("A4", "C01", at(storage, "2025-06-01T00:00"), null));
        log.append(entry("A0", "C01", at(storage, "2025-04-30T23:59:59"), null));
        LocalDate may = LocalDate.of(2025, 5, 1);
        LocalDate june = LocalDate.of(2025, 6, 1);
        assertThat(log.find("C01", may, june)).extracting(ActivityEntry::id).containsExactly("A1", "A3");
        assertThat(log.find(null, may, june)).extracting(ActivityEntry::id).containsExactly("A1", "A2", "A3");
        assertThat(log.find("C01", june, may)).isEmpty();
        assertThat(log.find("C03", may, june)).isEmpty();
    }
}
