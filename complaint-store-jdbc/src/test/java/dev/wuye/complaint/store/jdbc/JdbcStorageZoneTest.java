package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.tck.Snapshots;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.DisplayName;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JDBC store's instants do not depend on the JVM's default zone (the TCK's sessions already run in
 * a zone far from UTC): a host JVM in a zone with daylight saving reads back the instants it saved,
 * including the hour that happens twice when clocks go back.
 */
class JdbcStorageZoneTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabases.Db.class)
    @DisplayName("instants in a DST overlap survive a JVM whose default zone is America/New_York")
    void jvmZoneDoesNotMatter(TestDatabases.Db db) {
        JdbcStorage storage = new JdbcStorage(TestDatabases.cleanDataSource(db));
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        try {
            ZoneId ny = ZoneId.of("America/New_York");
            LocalDateTime twice = LocalDateTime.of(2025, 11, 2, 1, 30, 0, 123_456_000);
            Instant early = twice.atZone(ny).withEarlierOffsetAtOverlap().toInstant();
            Instant late = twice.atZone(ny).withLaterOffsetAtOverlap().toInstant();
            CaseSnapshot s = Snapshots.sample("ZONE-1").toBuilder()
                    .receivedAt(early).handedOverAt(late).lastModifiedAt(late).build();
            storage.cases().save(s, 0, List.of(Snapshots.audit(s, "Receive")));
            CaseSnapshot read = storage.cases().findById("ZONE-1").orElseThrow();
            assertThat(read.receivedAt()).isEqualTo(early);
            assertThat(read.handedOverAt()).isEqualTo(late).isNotEqualTo(early);
            assertThat(read).isEqualTo(s);
        } finally {
            TimeZone.setDefault(saved);
        }
    }
}
