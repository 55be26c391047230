package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.ArchiveBatch;
import dev.wuye.complaint.spi.ArchiveStore;
import dev.wuye.complaint.spi.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The archive batches of {@link JdbcStorage}: one row per department, period and kind. */
final class JdbcArchiveStore implements ArchiveStore {

    private final Jdbc jdbc;
    private final Dialect dialect;

    JdbcArchiveStore(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.dialect = jdbc.dialect();
    }

    private ArchiveBatch map(ResultSet rs) throws SQLException {
        return new ArchiveBatch(rs.getString("id"), rs.getString("department"), rs.getString("period_code"),
                rs.getString("kind"), rs.getString("archived_by"), dialect.getInstant(rs, "created_at"),
                ListColumns.strings(rs.getString("complaint_ids")), rs.getString("manifest_sha256"));
    }

    @Override
    public ArchiveBatch saveIfAbsent(ArchiveBatch batch) {
        Objects.requireNonNull(batch, "batch");
        String sql = "INSERT INTO wuye_archive_batch (id, department, period_code, kind, archived_by, created_at, "
                + "complaint_ids, manifest_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + (dialect == Dialect.POSTGRESQL ? " ON CONFLICT DO NOTHING" : "");
        int rows;
        try {
            rows = jdbc.inTransaction(c -> insert(c, sql, batch));
        } catch (SQLException e) {
            if (Dialect.isUniqueViolation(e) || Dialect.isConflict(e)) {
                rows = 0;
            } else {
                throw new StoreException("storing archive batch " + batch.id() + " failed", e);
            }
        }
        if (rows == 1) {
            return batch;
        }
        return find(batch.department(), batch.period(), batch.kind()).orElseThrow(() -> new StoreException(
                "archive batch id " + batch.id() + " is taken by another batch"));
    }

    private int insert(Connection c, String sql, ArchiveBatch batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, batch.id());
            ps.setString(2, batch.department());
            ps.setString(3, batch.period());
            ps.setString(4, batch.kind());
            ps.setString(5, batch.archivedBy());
            dialect.setInstant(ps, 6, batch.createdAt());
            ps.setString(7, ListColumns.strings(batch.caseIds()));
            ps.setString(8, batch.manifestSha256());
            return ps.executeUpdate();
        }
    }

    @Override
    public Optional<ArchiveBatch> find(String department, String period, String kind) {
        return jdbc.query("SELECT * FROM wuye_archive_batch WHERE department = ? AND period_code = ? AND kind = ?",
                ps -> {
                    ps.setString(1, department);
                    ps.setString(2, period);
                    ps.setString(3, kind);
                }, this::map).stream().findFirst();
    }

    @Override
    public List<ArchiveBatch> findAll(String department) {
        String where = department == null ? "" : " WHERE department = ?";
        return jdbc.query("SELECT * FROM wuye_archive_batch" + where + " ORDER BY period_code, kind, department",
                ps -> {
                    if (department != null) {
                        ps.setString(1, department);
                    }
                }, this::map);
    }
}
