package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.StatisticsRead;
import dev.wuye.complaint.tck.Snapshots;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics read takes the cycles from the cycle digest the store writes beside them, and from the
 * cycles column itself where a row has no digest (saved before the column existed).
 */
class CycleDigestTest {

    @Test
    @DisplayName("a row with its digest and a row without one (saved before V6) both read as the statistics shape of the case saved")
    void rowsWithAndWithoutDigestReadTheSame() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:cycle-digest-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        JdbcStorages.migrate(h2);
        JdbcStorage storage = new JdbcStorage(h2);
        CaseSnapshot withDigest = Snapshots.full("CD-1");
        CaseSnapshot withoutDigest = Snapshots.full("CD-2").toBuilder().idempotencyKey("key-CD-2").build();
        storage.cases().save(withDigest, 0, List.of());
        storage.cases().save(withoutDigest, 0, List.of());
        try (Connection c = h2.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE wuye_complaint SET cycle_digest = NULL WHERE id = 'CD-2'");
            try (ResultSet rs = st.executeQuery("SELECT id, cycle_digest FROM wuye_complaint ORDER BY id")) {
                assertThat(rs.next()).isTrue();
                // by hand from Snapshots.full: two cycles, the second not completed
                assertThat(rs.getString(2)).matches("1,-?\\d+,-?\\d+;2,-?\\d+,");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(2)).isNull();
            }
        }
        List<CaseSnapshot> read;
        try (Stream<CaseSnapshot> s = storage.cases().streamForStatistics(CaseQuery.all(), 10)) {
            read = s.sorted(java.util.Comparator.comparing(CaseSnapshot::id)).toList();
        }
        assertThat(read).containsExactly(StatisticsRead.of(withDigest), StatisticsRead.of(withoutDigest));
        assertThat(read.get(1).cycles()).hasSize(2);
    }
}
