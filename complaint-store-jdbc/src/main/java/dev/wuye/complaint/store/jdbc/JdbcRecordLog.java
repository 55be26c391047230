package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.RecordLog;
import dev.wuye.complaint.spi.StoreException;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** One append-only log table; dated by a DATE column or by an instant column turned into dates in the storage's zone. */
final class JdbcRecordLog<R> implements RecordLog<R> {

    private final Jdbc jdbc;
    private final Dialect dialect;
    private final ZoneId zone;
    private final String table;
    private final String dateColumn;
    private final boolean instantDated;
    private final String insert;
    private final Function<R, String> id;
    private final Jdbc.Binder<R> binder;
    private final Jdbc.RowMapper<R> mapper;

    JdbcRecordLog(Jdbc jdbc, ZoneId zone, String table, String dateColumn, boolean instantDated, String columns,
                  Function<R, String> id, Jdbc.Binder<R> binder, Jdbc.RowMapper<R> mapper) {
        this.jdbc = jdbc;
        this.dialect = jdbc.dialect();
        this.zone = zone;
        this.table = table;
        this.dateColumn = dateColumn;
        this.instantDated = instantDated;
        this.insert = "INSERT INTO " + table + " (" + columns + ") VALUES (?"
                + ", ?".repeat(columns.split(",").length - 1) + ")"
                // PostgreSQL ends the whole transaction on a failed statement: an existing id must not fail
                // the unit of work an append runs in.
                + (dialect == Dialect.POSTGRESQL ? " ON CONFLICT DO NOTHING" : "");
        this.id = id;
        this.binder = binder;
        this.mapper = mapper;
    }

    @Override
    public boolean append(R record) {
        Objects.requireNonNull(record, "record");
        try {
            return jdbc.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(insert)) {
                    binder.bind(ps, record);
                    return ps.executeUpdate() == 1;
                } catch (SQLException e) {
                    // H2 and MariaDB undo only the failed statement, so the unit of work goes on.
                    if (Dialect.isUniqueViolation(e)) {
                        return false;
                    }
                    throw e;
                }
            });
        } catch (SQLException e) {
            throw new StoreException("appending " + id.apply(record) + " to " + table + " failed", e);
        }
    }

    @Override
    public Optional<R> findById(String recordId) {
        Objects.requireNonNull(recordId, "id");
        return jdbc.query("SELECT * FROM " + table + " WHERE id = ?", ps -> ps.setString(1, recordId), mapper)
                .stream().findFirst();
    }

    @Override
    public List<R> find(String department, LocalDate from, LocalDate toExclusive) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toExclusive, "toExclusive");
        if (!from.isBefore(toExclusive)) {
            return List.of();
        }
        String sql = "SELECT * FROM " + table + " WHERE " + dateColumn + " >= ? AND " + dateColumn + " < ?"
                + (department == null ? "" : " AND department = ?") + " ORDER BY " + dateColumn + ", id";
        return jdbc.query(sql, ps -> {
            if (instantDated) {
                dialect.setInstant(ps, 1, from.atStartOfDay(zone).toInstant());
                dialect.setInstant(ps, 2, toExclusive.atStartOfDay(zone).toInstant());
            } else {
                ps.setObject(1, from);
                ps.setObject(2, toExclusive);
            }
            if (department != null) {
                ps.setString(3, department);
            }
        }, mapper);
    }
}
