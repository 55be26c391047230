package dev.wuye.complaint.sla;

import dev.wuye.complaint.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Office hours decide office-hours acceptance versus duty registration, and when a handover is due. */
class OfficeHoursTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final WorkingDayCalendar china = WorkingDayCalendar.chinaMainland();
    private final OfficeHours hours = OfficeHours.defaults();

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void defaults_are_08_30_to_17_30_in_shanghai() {
        assertThat(hours).isEqualTo(new OfficeHours(LocalTime.of(8, 30), LocalTime.of(17, 30), SHANGHAI));
    }

    @Test
    @DisplayName("R-4.2.1b open from 08:30 inclusive to 17:30 exclusive on working days only")
    void is_open() {
        assertThat(hours.isOpen(at("2025-03-10T08:29:59"), china)).isFalse();
        assertThat(hours.isOpen(at("2025-03-10T08:30:00"), china)).isTrue();
        assertThat(hours.isOpen(at("2025-03-10T17:29:59"), china)).isTrue();
        assertThat(hours.isOpen(at("2025-03-10T17:30:00"), china)).isFalse();
        assertThat(hours.isOpen(at("2025-03-08T10:00:00"), china)).as("Saturday").isFalse();
        assertThat(hours.isOpen(at("2025-01-26T10:00:00"), china)).as("adjusted working Sunday").isTrue();
        assertThat(hours.isOpen(at("2025-10-03T10:00:00"), china)).as("National Day").isFalse();
    }

    @Test
    @DisplayName("R-4.2.4a a duty registration on the eve of National Day is handed over on 10/9 at 08:30")
    void next_opening_on_a_holiday_eve() {
        assertThat(hours.nextOpening(at("2025-09-30T19:00:00"), china)).isEqualTo(at("2025-10-09T08:30:00"));
        assertThat(hours.nextOpening(at("2025-10-01T03:00:00"), china)).isEqualTo(at("2025-10-09T08:30:00"));
    }

    @Test
    void next_opening_same_day_before_opening_else_next_working_day() {
        assertThat(hours.nextOpening(at("2025-03-10T06:00:00"), china)).isEqualTo(at("2025-03-10T08:30:00"));
        assertThat(hours.nextOpening(at("2025-03-10T08:30:00"), china)).isEqualTo(at("2025-03-11T08:30:00"));
        assertThat(hours.nextOpening(at("2025-03-07T18:00:00"), china)).isEqualTo(at("2025-03-10T08:30:00"));
        assertThat(hours.nextOpening(at("2025-01-25T22:00:00"), china)).as("Saturday → adjusted Sunday")
                .isEqualTo(at("2025-01-26T08:30:00"));
    }

    @Test
    void closing_must_follow_opening() {
        assertThatThrownBy(() -> new OfficeHours(LocalTime.of(9, 0), LocalTime.of(9, 0), SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("closes");
    }
}
