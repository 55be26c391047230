package dev.wuye.complaint.store.jdbc;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text an instant is bound as on PostgreSQL ({@link Instants#postgresText}): a UTC {@code timestamptz} literal
 * with six fraction digits, written out here by hand.
 */
class InstantsPostgresLiteralTest {

    @Test
    @DisplayName("a time of day with microseconds; nanoseconds beyond them are cut, as the store keeps instants")
    void microseconds() {
        assertThat(Instants.postgresText(Instant.ofEpochSecond(1_741_572_000L, 123_456_789)))
                .isEqualTo("2025-03-10 02:00:00.123456+00");
        assertThat(Instants.postgresText(Instant.parse("2025-12-31T23:59:59Z"))).isEqualTo("2025-12-31 23:59:59.000000+00");
    }

    @Test
    @DisplayName("the epoch, half a second before it, and the ends of years 1 to 9999")
    void ends() {
        assertThat(Instants.postgresText(Instant.EPOCH)).isEqualTo("1970-01-01 00:00:00.000000+00");
        assertThat(Instants.postgresText(Instant.ofEpochSecond(-1, 500_000_000))).isEqualTo("1969-12-31 23:59:59.500000+00");
        assertThat(Instants.postgresText(Instant.ofEpochSecond(-62_135_596_800L))).isEqualTo("0001-01-01 00:00:00.000000+00");
        assertThat(Instants.postgresText(Instant.ofEpochSecond(253_402_300_799L, 999_999_000)))
                .isEqualTo("9999-12-31 23:59:59.999999+00");
    }

    @Test
    @DisplayName("outside years 1 to 9999 there is no such text: the driver binds it")
    void outside() {
        assertThat(Instants.postgresText(Instant.ofEpochSecond(253_402_300_800L))).isNull();
        assertThat(Instants.postgresText(Instant.ofEpochSecond(-62_135_596_801L))).isNull();
        assertThat(Instants.postgresText(Instant.MAX)).isNull();
        assertThat(Instants.postgresText(Instant.MIN)).isNull();
    }
}
