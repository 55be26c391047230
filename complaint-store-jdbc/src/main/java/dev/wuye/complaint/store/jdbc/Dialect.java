package dev.wuye.complaint.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

/** What differs between the databases the JDBC store supports: migrations, instants, error codes. */
enum Dialect {

    /** H2 2.x: TIMESTAMP WITH TIME ZONE. */
    H2("h2", true),
    /** PostgreSQL: TIMESTAMPTZ. */
    POSTGRESQL("postgresql", true),
    /**
     * MariaDB: DATETIME(6) holding UTC, since DATETIME has no zone. MySQL 8 is mapped here too but is
     * untested, and its migration would need {@code utf8mb4_0900_bin} for MariaDB's {@code utf8mb4_nopad_bin}.
     */
    MARIADB("mariadb", false);

    /** SQLSTATEs of a write that lost to a concurrent one: serialization failure, deadlock. */
    private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01");
    /** H2's "concurrent update" and MariaDB's "deadlock" error codes. */
    private static final Set<Integer> CONFLICT_CODES = Set.of(90131, 1213);

    private final String folder;
    private final boolean zonedTimestamps;

    Dialect(String folder, boolean zonedTimestamps) {
        this.folder = folder;
        this.zonedTimestamps = zonedTimestamps;
    }

    /** The Flyway location of this dialect's migrations, under {@link JdbcStorages#MIGRATIONS}. */
    String migrations() {
        return "classpath:" + JdbcStorages.MIGRATIONS + "/" + folder;
    }

    /** The dialect of a connection, from its product name. */
    static Dialect of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("mariadb") || product.contains("mysql")) {
            return MARIADB;
        }
        throw new IllegalArgumentException("unsupported database: " + product + " (H2, PostgreSQL, MariaDB, MySQL)");
    }

    /**
     * Binds an instant at microsecond precision (what all three keep), as UTC. Never goes through the
     * JVM's or the session's default zone. On PostgreSQL the instant goes as the text of a UTC literal of an
     * unspecified type, which the server reads as the column's {@code timestamptz}
     * ({@link Instants#postgresText}): the driver's own binding of an {@code OffsetDateTime} builds a calendar for
     * every statement and formats through it.
     */
    void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        String postgresText = this == POSTGRESQL && instant != null ? Instants.postgresText(instant) : null;
        if (this == POSTGRESQL && (instant == null || postgresText != null)) {
            // One parameter type (unspecified) for null and non-null alike: the server-prepared statement stays.
            ps.setObject(index, postgresText, Types.OTHER);
        } else if (instant == null) {
            ps.setNull(index, zonedTimestamps ? Types.TIMESTAMP_WITH_TIMEZONE : Types.TIMESTAMP);
        } else if (zonedTimestamps) {
            ps.setObject(index, OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        } else {
            ps.setObject(index, LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        }
    }

    /** Reads an instant bound by {@link #setInstant}. */
    Instant getInstant(ResultSet rs, String column) throws SQLException {
        if (zonedTimestamps) {
            OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        }
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /**
     * Reads an instant bound by {@link #setInstant}, by column index. PostgreSQL sends a {@code timestamptz} as
     * text, read by position ({@link Instants#parsePostgresTimestamptz}), or — once a statement is
     * server-prepared, after a few executions — as eight binary bytes ({@link Instants#postgresBinaryTimestamptz});
     * both several times cheaper than the driver's general path behind {@code getObject(…, OffsetDateTime.class)},
     * which still reads {@code ±infinity} and text of another shape. Every PostgreSQL column read here is a
     * {@code timestamptz} (the schema's type for instants).
     */
    Instant getInstant(ResultSet rs, int column) throws SQLException {
        if (this == POSTGRESQL) {
            byte[] bytes = rs.getBytes(column);
            if (bytes == null) {
                return null;
            }
            Instant read = binary(rs, column) ? Instants.postgresBinaryTimestamptz(bytes)
                    : Instants.parsePostgresTimestamptz(ascii(bytes));
            if (read != null) {
                return read;
            }
        }
        if (zonedTimestamps) {
            OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        }
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /**
     * Reads a {@code date} column by index: on PostgreSQL, text of the usual shape by position
     * ({@link Instants#parsePostgresDate}; the driver's {@code getObject(…, LocalDate.class)} first works out
     * the column's SQL type and parses through a calendar), anything else through the driver.
     */
    LocalDate getDate(ResultSet rs, int column) throws SQLException {
        if (this == POSTGRESQL) {
            byte[] bytes = rs.getBytes(column);
            if (bytes == null) {
                return null;
            }
            LocalDate read = binary(rs, column) ? Instants.postgresBinaryDate(bytes)
                    : Instants.parsePostgresDate(ascii(bytes));
            if (read != null) {
                return read;
            }
        }
        return rs.getObject(column, LocalDate.class);
    }

    /**
     * The text of a date or time as the driver received it: one byte per character (a byte beyond ASCII becomes a
     * character the readers by position refuse, so such text goes to the driver).
     */
    private static String ascii(byte[] text) {
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    /** Whether PostgreSQL's driver received a column in binary form (its text would be formatted from it). */
    private static boolean binary(ResultSet rs, int column) throws SQLException {
        return rs.getMetaData() instanceof org.postgresql.PGResultSetMetaData md && md.getFormat(column) == 1;
    }

    /** Whether an exception is a unique-constraint violation (SQLSTATE 23505, or MySQL/MariaDB error 1062). */
    static boolean isUniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            String state = x.getSQLState();
            if ("23505".equals(state) || x.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an exception says a concurrent transaction won (serialization failure, deadlock, H2
     * concurrent update). Null-safe: an exception without SQLSTATE is judged by its error code.
     */
    static boolean isConflict(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            String state = x.getSQLState();
            // Set.of(...).contains(null) throws: a driver may give no SQLSTATE at all.
            if (state != null && CONFLICT_STATES.contains(state) || CONFLICT_CODES.contains(x.getErrorCode())) {
                return true;
            }
        }
        return false;
    }
}
