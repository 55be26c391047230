package dev.wuye.complaint.store.jdbc;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.PGResultSetMetaData;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL's binary {@code timestamptz} and {@code date}, which its driver receives once a statement is
 * server-prepared (after a few executions, as the store's own statements are): read from the bytes
 * ({@link Instants#postgresBinaryTimestamptz}, {@link Instants#postgresBinaryDate}), they name the same instants and
 * days as the text the server sends otherwise. Expected values are written out by hand (epoch seconds: 2000-01-01
 * is 946,684,800 s after 1970-01-01; 0001-01-01 is −62,135,596,800 s).
 */
class PostgresBinaryValuesTest {

    private static final String URL = System.getProperty("wuye.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");

    @Test
    @DisplayName("eight bytes of microseconds since 2000-01-01T00:00Z, either side of that epoch and of 1970")
    void timestamptzBytes() {
        assertThat(Instants.postgresBinaryTimestamptz(longBytes(0))).isEqualTo(Instant.ofEpochSecond(946_684_800L));
        assertThat(Instants.postgresBinaryTimestamptz(longBytes(-1)))
                .isEqualTo(Instant.ofEpochSecond(946_684_799L, 999_999_000));
        // 2025-03-10T02:00:00.123456Z: 1,741,572,000 s since 1970, so 794,887,200 s since 2000.
        assertThat(Instants.postgresBinaryTimestamptz(longBytes(794_887_200_123_456L)))
                .isEqualTo(Instant.ofEpochSecond(1_741_572_000L, 123_456_000));
        // 1969-12-31T23:59:59.5Z: 946,684,800.5 s before 2000.
        assertThat(Instants.postgresBinaryTimestamptz(longBytes(-946_684_800_500_000L)))
                .isEqualTo(Instant.ofEpochSecond(-1L, 500_000_000));
        assertThat(Instants.postgresBinaryTimestamptz(longBytes(Long.MAX_VALUE))).as("infinity").isNull();
        assertThat(Instants.postgresBinaryTimestamptz(longBytes(Long.MIN_VALUE))).as("-infinity").isNull();
        assertThat(Instants.postgresBinaryTimestamptz(new byte[4])).as("not eight bytes").isNull();
    }

    @Test
    @DisplayName("four bytes of days since 2000-01-01, either side of it; infinity left to the driver")
    void dateBytes() {
        assertThat(Instants.postgresBinaryDate(intBytes(0))).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(Instants.postgresBinaryDate(intBytes(-1))).isEqualTo(LocalDate.of(1999, 12, 31));
        // 2025-03-10: 2025-01-01 is 25 × 365 + 7 leap days (2000 … 2024) = 9,132 days after 2000-01-01; then
        // 31 (January) + 28 (February) + 9.
        assertThat(Instants.postgresBinaryDate(intBytes(9_132 + 31 + 28 + 9))).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(Instants.postgresBinaryDate(intBytes(Integer.MAX_VALUE))).as("infinity").isNull();
        assertThat(Instants.postgresBinaryDate(intBytes(Integer.MIN_VALUE))).as("-infinity").isNull();
        assertThat(Instants.postgresBinaryDate(new byte[8])).as("not four bytes").isNull();
    }

    /** {@code prepareThreshold=-1}: binary from the first execution; {@code 0}: never server-prepared, text. */
    @ParameterizedTest(name = "prepareThreshold={0}")
    @ValueSource(ints = {-1, 0})
    @DisplayName("the same rows read through the dialect, in binary and in text, give the same hand-computed values")
    void throughTheDialect(int prepareThreshold) throws SQLException {
        try (Connection c = connect(prepareThreshold); Statement st = c.createStatement()) {
            st.execute("SET TIME ZONE 'Asia/Shanghai'");
            st.execute("CREATE TEMPORARY TABLE bin_values (n int, t timestamptz, d date)");
            st.execute("INSERT INTO bin_values VALUES"
                    + " (1, '2025-03-10 10:00:00.123456+08', '2025-03-10'),"
                    + " (2, '1969-12-31 23:59:59.5+00', '1999-12-31'),"
                    + " (3, '0001-01-01 00:00:00+00', '0001-01-01'),"
                    + " (4, '9999-12-31 23:59:59.999999+00', '9999-12-31'),"
                    + " (5, 'infinity', 'infinity'),"
                    + " (6, NULL, NULL)");
            List<Instant> instants = new ArrayList<>();
            List<LocalDate> dates = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t, d FROM bin_values WHERE n > ? ORDER BY n")) {
                ps.setInt(1, 0);
                try (ResultSet rs = ps.executeQuery()) {
                    int format = ((PGResultSetMetaData) rs.getMetaData()).getFormat(1);
                    assertThat(format).as("1 = binary").isEqualTo(prepareThreshold < 0 ? 1 : 0);
                    while (rs.next()) {
                        instants.add(Dialect.POSTGRESQL.getInstant(rs, 1));
                        dates.add(Dialect.POSTGRESQL.getDate(rs, 2));
                    }
                }
            }
            assertThat(instants).containsExactly(
                    Instant.ofEpochSecond(1_741_572_000L, 123_456_000),
                    Instant.ofEpochSecond(-1L, 500_000_000),
                    Instant.ofEpochSecond(-62_135_596_800L),
                    Instant.ofEpochSecond(253_402_300_799L, 999_999_000),
                    OffsetDateTime.MAX.toInstant(),
                    null);
            assertThat(dates).containsExactly(LocalDate.of(2025, 3, 10), LocalDate.of(1999, 12, 31), LocalDate.of(1, 1, 1),
                    LocalDate.of(9999, 12, 31), LocalDate.MAX, null);
        }
    }

    @ParameterizedTest(name = "prepareThreshold={0}")
    @ValueSource(ints = {-1, 0})
    @DisplayName("instants bound through the dialect (text of no type) are stored as the instants they are, in a session far from UTC")
    void boundThroughTheDialect(int prepareThreshold) throws SQLException {
        List<Instant> instants = List.of(Instant.ofEpochSecond(1_741_572_000L, 123_456_000), Instant.ofEpochSecond(-1L, 500_000_000),
                Instant.ofEpochSecond(-62_135_596_800L), Instant.ofEpochSecond(253_402_300_799L, 999_999_000));
        try (Connection c = connect(prepareThreshold); Statement st = c.createStatement()) {
            st.execute("SET TIME ZONE 'America/New_York'");
            st.execute("CREATE TEMPORARY TABLE bound_values (n int, t timestamptz)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bound_values VALUES (?, ?)")) {
                for (int i = 0; i <= instants.size(); i++) {
                    ps.setInt(1, i);
                    Dialect.POSTGRESQL.setInstant(ps, 2, i < instants.size() ? instants.get(i) : null);
                    ps.executeUpdate();
                }
            }
            List<Long> epochMicros = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT (EXTRACT(EPOCH FROM t) * 1000000)::bigint FROM bound_values ORDER BY n")) {
                while (rs.next()) {
                    long v = rs.getLong(1);
                    epochMicros.add(rs.wasNull() ? null : v);
                }
            }
            assertThat(epochMicros).containsExactly(1_741_572_000_123_456L, -500_000L, -62_135_596_800_000_000L,
                    253_402_300_799_999_999L, null);
        }
    }

    private static Connection connect(int prepareThreshold) throws SQLException {
        SQLException last = null;
        for (String user : List.of("postgres", "root")) {
            try {
                return DriverManager.getConnection(URL + "?connectTimeout=3&prepareThreshold=" + prepareThreshold, user, "");
            } catch (SQLException e) {
                last = e;
            }
        }
        if (TestDatabases.CI) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + URL + " -- CI=true, so this fails", last);
        }
        Assumptions.abort("PostgreSQL is not reachable at " + URL + ": " + last.getMessage() + " -- skipping");
        throw new AssertionError("unreachable");
    }

    private static byte[] longBytes(long v) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) v;
            v >>= 8;
        }
        return b;
    }

    private static byte[] intBytes(int v) {
        return new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }
}
