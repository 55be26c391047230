package dev.wuye.complaint.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Flyway migrations: the indexes the store's queries need, and living beside a host's own tables. */
class JdbcSchemaTest {

    /** Index name → its columns in order, lower case, read from the JDBC metadata. */
    private static Map<String, List<String>> indexes(DataSource ds, String table) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = md.getIndexInfo(c.getCatalog(), c.getSchema(), name, false, false)) {
                    while (rs.next()) {
                        String index = rs.getString("INDEX_NAME");
                        String column = rs.getString("COLUMN_NAME");
                        if (index != null && column != null) {
                            out.computeIfAbsent(index.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                                    .add(rs.getShort("ORDINAL_POSITION") - 1, column.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabases.Db.class)
    @DisplayName("the case table is indexed for id, idempotency key, open cases, department + acceptance date, closed_at")
    void caseIndexes(TestDatabases.Db db) throws SQLException {
        Map<String, List<String>> indexes = indexes(TestDatabases.cleanDataSource(db), "wuye_complaint");
        assertThat(indexes.values()).as("indexes of wuye_complaint on %s: %s", db, indexes)
                .anySatisfy(cols -> assertThat(cols).containsExactly("id"))
                .anySatisfy(cols -> assertThat(cols).containsExactly("idempotency_key"))
                .anySatisfy(cols -> assertThat(cols).containsExactly("department", "acceptance_date"))
                .anySatisfy(cols -> assertThat(cols).first().isEqualTo("closed_at"));
        assertThat(indexes.keySet()).as("open-cases index on %s", db).contains("wuye_complaint_open_ix");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabases.Db.class)
    @DisplayName("R-4.3.1g / R-4.5.1 the logs are indexed by department and date")
    void logIndexes(TestDatabases.Db db) throws SQLException {
        DataSource ds = TestDatabases.cleanDataSource(db);
        assertThat(indexes(ds, "wuye_duty_log").values()).anySatisfy(c -> assertThat(c).containsExactly("department", "entry_at"));
        assertThat(indexes(ds, "wuye_visit").values()).anySatisfy(c -> assertThat(c).containsExactly("department", "visit_date"));
        assertThat(indexes(ds, "wuye_archive_batch").values())
                .anySatisfy(c -> assertThat(c).containsExactly("department", "period_code", "kind"));
    }

    @Test
    @DisplayName("migrating a schema that already holds the host's tables works, and migrating again changes nothing")
    void besideHostTables() throws SQLException {
        try (HikariDataSource host = JdbcPools.pool("jdbc:h2:mem:host-app;DB_CLOSE_DELAY=-1", "sa", "")) {
            try (Connection c = host.getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE host_orders (id INT PRIMARY KEY)");
                st.execute("INSERT INTO host_orders VALUES (42)");
            }
            assertThat(JdbcStorages.migrate(host)).as("migrations applied first").isPositive();
            assertThat(JdbcStorages.migrate(host)).as("migrations applied again").isZero();
            try (Connection c = host.getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM host_orders), "
                         + "(SELECT COUNT(*) FROM wuye_complaint), "
                         + "(SELECT COUNT(*) FROM \"" + JdbcStorages.HISTORY_TABLE + "\" WHERE \"version\" = '1')")) {
                rs.next();
                assertThat(rs.getInt(1)).as("host rows").isEqualTo(1);
                assertThat(rs.getInt(2)).as("cases").isZero();
                assertThat(rs.getInt(3)).as("V1 recorded in our own history table").isEqualTo(1);
            }
        }
    }
}
