package dev.wuye.complaint.boot.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wuye.complaint.boot.sla.SlaScanRecorder;
import dev.wuye.complaint.calendar.LiveCalendar;
import dev.wuye.complaint.sla.SlaScan;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The procedure's health: WARNING from 1 December when next year's official holiday notice is missing, and when
 * the last SLA scan could not evaluate a case; UP otherwise. The bundled calendar has official data up to 2026
 * (the State Council's notice for 2027 is published late in 2026).
 */
class ProcedureHealthTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Clock at(int month, int day) {
        return Clock.fixed(LocalDateTime.of(2026, month, day, 10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    @Test
    @DisplayName("R-4.7 30 November 2026 without 2027's notice: UP (the notice may still come)")
    void novemberUp() {
        ProcedureHealth health = new ProcedureHealth(LiveCalendar.chinaMainland(), new SlaScanRecorder(List.of()),
                at(11, 30), SHANGHAI);
        ProcedureHealth.Report report = health.report();
        assertThat(report.status()).isEqualTo(ProcedureHealth.UP);
        assertThat(report.details()).containsEntry("lastOfficialYear", 2026).containsEntry("nextYearOfficial", false);
    }

    @Test
    @DisplayName("R-4.7 1 December 2026 without 2027's notice: WARNING naming the year")
    void decemberWarning() {
        ProcedureHealth health = new ProcedureHealth(LiveCalendar.chinaMainland(), new SlaScanRecorder(List.of()),
                at(12, 1), SHANGHAI);
        ProcedureHealth.Report report = health.report();
        assertThat(report.status()).isEqualTo(ProcedureHealth.WARNING);
        assertThat(report.details().get("warnings").toString()).contains("2027");
    }

    @Test
    @DisplayName("R-4.7 a last scan that evaluated every case: UP, its figures in the details")
    void lastScanDetails() {
        Clock clock = at(11, 20);
        SlaScanRecorder scans = new SlaScanRecorder(List.of());
        ProcedureHealth health = new ProcedureHealth(LiveCalendar.chinaMainland(), scans, clock, SHANGHAI);
        scans.recordScan(new SlaScan(clock.instant(), 3, List.of(), List.of()), Duration.ofMillis(5));
        assertThat(health.report().status()).isEqualTo(ProcedureHealth.UP);
        assertThat(health.report().details()).containsEntry("lastScanCases", 3);
    }
}
