package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.DutyLogEntry;
import dev.wuye.complaint.spi.RecordLog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static dev.wuye.complaint.tck.Snapshots.CENTRE_1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-4.3.1g the duty handover log 《值班交接班记录表》: the {@link RecordLogContract} checks on
 * {@link dev.wuye.complaint.spi.Storage#dutyLog()}; entries are dated in the storage's zone and keep
 * every field.
 */
public interface DutyLogContract extends RecordLogContract<DutyLogEntry> {

    @Override
    default RecordLog<DutyLogEntry> log() {
        return storage().dutyLog();
    }

    @Override
    default DutyLogEntry record(String id, String department, LocalDate day, int minuteOfDay) {
        return Snapshots.duty(id, department, day.atStartOfDay(storage().zone()).plusMinutes(minuteOfDay)
                .plusNanos(123_456_000).toInstant());
    }

    @Override
    default String idOf(DutyLogEntry r) {
        return r.id();
    }

    /**
     * R-4.3.1g a night entry belongs to the day of the storage's zone, entries of one day ordered by time.
     */
    @Test
    @DisplayName("R-4.3.1g a night entry belongs to the day of the storage's zone, entries of one day ordered by time")
    default void datedInStorageZone() {
        ZoneId zone = storage().zone();
        LocalDate apr1 = LocalDate.of(2025, 4, 1);
        Instant halfPastMidnight = apr1.atTime(0, 30).atZone(zone).toInstant();
        DutyLogEntry night = Snapshots.duty("D-z-night", CENTRE_1, halfPastMidnight);
        DutyLogEntry morning = Snapshots.duty("D-a-morning", CENTRE_1, halfPastMidnight.plus(8, ChronoUnit.HOURS));
        DutyLogEntry lateMarch = Snapshots.duty("D-march", CENTRE_1, halfPastMidnight.minus(1, ChronoUnit.HOURS));
        for (DutyLogEntry e : List.of(morning, lateMarch, night)) {
            log().append(e);
        }
        assertThat(log().find(CENTRE_1, apr1, apr1.plusDays(1))).containsExactly(night, morning);
        assertThat(log().find(CENTRE_1, apr1.minusDays(1), apr1)).containsExactly(lateMarch);
    }

    /**
     * R-4.3.1g a duty entry keeps every field, with the longest text and a null case id.
     */
    @Test
    @DisplayName("R-4.3.1g a duty entry keeps every field, with the longest text and a null case id")
    default void everyField() {
        DutyLogEntry general = new DutyLogEntry("D-1", CENTRE_1, "S201", Snapshots.T0, "HANDED_OVER", null,
                Snapshots.text(CaseSnapshot.MAX_TEXT_LENGTH));
        assertThat(log().append(general)).isTrue();
        assertThat(log().findById("D-1")).contains(general);
    }
}
