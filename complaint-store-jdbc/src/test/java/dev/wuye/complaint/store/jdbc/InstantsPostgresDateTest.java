package dev.wuye.complaint.store.jdbc;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading PostgreSQL's text form of a {@code date} by position ({@link Instants#parsePostgresDate}), as the
 * acceptance date is read: {@code yyyy-MM-dd} gives that day; every other text gives {@code null}, so the dialect
 * asks the driver. Expected dates are written out by hand.
 */
class InstantsPostgresDateTest {

    @Test
    @DisplayName("an acceptance date, the first and last day of the years the form covers")
    void dates() {
        assertThat(Instants.parsePostgresDate("2025-03-10")).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(Instants.parsePostgresDate("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(Instants.parsePostgresDate("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    @DisplayName("leap days: 29 February 2024 and 2000 exist, 1900 and 2023 have none")
    void leapDays() {
        assertThat(Instants.parsePostgresDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Instants.parsePostgresDate("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(Instants.parsePostgresDate("1900-02-29")).isNull();
        assertThat(Instants.parsePostgresDate("2023-02-29")).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" is left to the driver")
    @ValueSource(strings = {"", "2025-3-10", "2025-03-1", "20250310", "2025/03/10", "2025-13-01", "2025-04-31",
        "0000-01-01", "2025-03-10 BC", "10000-01-01", "infinity", "-infinity", "2025-0a-10", "2025-03-10T00:00"})
    void otherShapes(String text) {
        assertThat(Instants.parsePostgresDate(text)).isNull();
    }
}
