package dev.wuye.complaint.store.jdbc;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading PostgreSQL's text form of a {@code timestamptz} by position ({@link Instants#parsePostgresTimestamptz}):
 * the shapes the server prints under DateStyle ISO in any session zone give the instant they name, at
 * microsecond precision; every other text gives {@code null}, so the dialect reads it through the driver.
 * Expected values are written out by hand (epoch seconds where the calendar arithmetic is the point).
 */
class InstantsPostgresTextTest {

    @Test
    @DisplayName("a whole second in UTC, as a session in UTC prints it")
    void wholeSecondUtc() {
        assertThat(Instants.parsePostgresTimestamptz("2025-03-10 02:00:00+00"))
                .isEqualTo(Instant.ofEpochSecond(1_741_572_000L));
    }

    @Test
    @DisplayName("the epoch, and the first instant of year 1")
    void calendarEnds() {
        assertThat(Instants.parsePostgresTimestamptz("1970-01-01 00:00:00+00")).isEqualTo(Instant.ofEpochSecond(0));
        assertThat(Instants.parsePostgresTimestamptz("0001-01-01 00:00:00+00"))
                .isEqualTo(Instant.ofEpochSecond(-62_135_596_800L));
        assertThat(Instants.parsePostgresTimestamptz("9999-12-31 23:59:59.999999+00"))
                .isEqualTo(Instant.ofEpochSecond(253_402_300_799L, 999_999_000));
    }

    @Test
    @DisplayName("leap days: 29 February 2024 and 2000 exist, 1900 has none")
    void leapDays() {
        // 2024-02-29 = 19782 days after 1970-01-01; 2000-02-29 = 11016.
        assertThat(Instants.parsePostgresTimestamptz("2024-02-29 23:59:59+00"))
                .isEqualTo(Instant.ofEpochSecond(19_782L * 86_400 + 86_399));
        assertThat(Instants.parsePostgresTimestamptz("2000-02-29 00:00:00+00"))
                .isEqualTo(Instant.ofEpochSecond(11_016L * 86_400));
        assertThat(Instants.parsePostgresTimestamptz("2024-03-01 00:00:00+00"))
                .isEqualTo(Instant.ofEpochSecond(19_783L * 86_400));
        assertThat(Instants.parsePostgresTimestamptz("1900-02-29 00:00:00+00")).isNull();
        assertThat(Instants.parsePostgresTimestamptz("2023-02-29 00:00:00+00")).isNull();
    }

    @Test
    @DisplayName("fractions of 1 to 6 digits (the server drops trailing zeros) keep every microsecond")
    void fractions() {
        assertThat(Instants.parsePostgresTimestamptz("2025-03-10 02:00:00.5+00"))
                .isEqualTo(Instant.ofEpochSecond(1_741_572_000L, 500_000_000));
        assertThat(Instants.parsePostgresTimestamptz("2025-03-10 02:00:00.12+00"))
                .isEqualTo(Instant.ofEpochSecond(1_741_572_000L, 120_000_000));
        assertThat(Instants.parsePostgresTimestamptz("2025-03-10 02:00:00.123456+00"))
                .isEqualTo(Instant.ofEpochSecond(1_741_572_000L, 123_456_000));
        assertThat(Instants.parsePostgresTimestamptz("2025-03-10 02:00:00.000001+00"))
                .isEqualTo(Instant.ofEpochSecond(1_741_572_000L, 1_000));
    }

    @Test
    @DisplayName("offsets of hours, hours and minutes, and hours, minutes and seconds, either sign")
    void offsets() {
        Instant twoUtc = Instant.ofEpochSecond(1_741_572_000L);
        assertThat(Instants.parsePostgresTimestamptz("2025-03-10 10:00:00+08")).isEqualTo(twoUtc);
        assertThat(Instants.parsePostgresTimestamptz("2025-03-09 22:00:00-04")).isEqualTo(twoUtc);
        assertThat(Instants.parsePostgresTimestamptz("2025-03-10 07:30:00+05:30")).isEqualTo(twoUtc);
        assertThat(Instants.parsePostgresTimestamptz("2025-03-09 22:30:00.25-03:30"))
                .isEqualTo(Instant.ofEpochSecond(1_741_572_000L, 250_000_000));
        // Shanghai's local mean time before 1901: +08:05:43. 1900-01-01 = -25567 days.
        assertThat(Instants.parsePostgresTimestamptz("1900-01-01 08:05:43+08:05:43"))
                .isEqualTo(Instant.ofEpochSecond(-25_567L * 86_400));
        assertThat(Instants.parsePostgresTimestamptz("1899-12-31 19:03:58-04:56:02"))
                .isEqualTo(Instant.ofEpochSecond(-25_567L * 86_400));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"infinity", "-infinity", "0044-03-15 12:00:00+00 BC", "10000-01-01 00:00:00+00",
            "2025-03-10T02:00:00Z", "2025-03-10 02:00:00", "2025-03-10 02:00:00+0800", "2025-03-10 02:00:00+08:",
            "2025-03-10 02:00:00+08:00:00:00", "2025-03-10 02:00:00.+00", "2025-03-10 02:00:00.1234567890+00",
            "2025-13-01 00:00:00+00", "2025-04-31 00:00:00+00", "2025-03-10 24:00:00+00", "2025-03-10 02:60:00+00",
            "2025-03-10 02:00:60+00", "2025-03-10 02:00:00+19", "2025-03-10 02:00:00+08:60", "0000-01-01 00:00:00+00",
            "2025-0a-10 02:00:00+00", "2025-03-10 02:00:00 +00", "2025-03-10 02:00:00*00"})
    @DisplayName("any other text is left to the driver")
    void otherShapes(String text) {
        assertThat(Instants.parsePostgresTimestamptz(text)).isNull();
    }
}
