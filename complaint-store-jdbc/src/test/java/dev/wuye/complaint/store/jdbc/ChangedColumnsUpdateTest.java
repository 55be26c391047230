package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.StaleVersionException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A save after a read in the same unit of work writes only the columns whose values changed; without
 * that read (or when the row read is of another version) it writes every column. The statements are
 * seen through a data source that records every SQL text prepared on it.
 */
class ChangedColumnsUpdateTest {

    private static final Instant RECEIVED = Instant.parse("2025-03-10T12:00:00Z");
    private final List<String> prepared = new CopyOnWriteArrayList<>();
    private JdbcStorage storage;

    @BeforeEach
    void open() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:changed-columns-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        JdbcStorages.migrate(h2);
        storage = new JdbcStorage(recording(h2));
    }

    /** A data source whose connections record the SQL of every statement prepared on them. */
    private DataSource recording(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(method, target, args);
                    if (!(result instanceof Connection c)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (m.getName().equals("prepareStatement")) {
                                    prepared.add((String) a[0]);
                                }
                                return invoke(m, c, a);
                            });
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static CaseSnapshot intake() {
        return CaseSnapshot.builder().id("CC-1").version(1).idempotencyKey("C01/cc-1").state("RECEIVED")
                .channel("PHONE").customer(new CustomerData("王女士", "13812345678", "3栋2单元"))
                .contentSummary("楼道灯不亮").recordedBy("r-wang").department("C01").acceptingLevel("SERVICE_CENTRE")
                .receivedAt(RECEIVED).acceptanceDate(LocalDate.of(2025, 3, 10)).followUpChannel("PHONE")
                .escalationLevel("HANDLER").lastModifiedAt(RECEIVED).nextDueAt(RECEIVED.plusSeconds(3_600)).build();
    }

    /** The classification of {@code s}: its state, nature, and the instants every command sets. */
    private static CaseSnapshot classified(CaseSnapshot s) {
        Instant at = s.lastModifiedAt().plusSeconds(600);
        return s.toBuilder().version(s.version() + 1).state("CLASSIFIED").type("COMPLAINT").validity("VALID")
                .category("FACILITIES").lastModifiedAt(at).nextDueAt(at.plusSeconds(86_400)).build();
    }

    private static AuditEntry audit(CaseSnapshot s) {
        return new AuditEntry(s.id(), s.version(), s.lastModifiedAt(), "r-wang", "RECEIVER", "C01", "Classify",
                "RECEIVED", s.state(), "");
    }

    private List<String> updates() {
        return prepared.stream().filter(sql -> sql.contains("UPDATE wuye_complaint")).toList();
    }

    @Test
    @DisplayName("read, then saved in one unit: the update names only the version and the five columns that changed")
    void writesOnlyChangedColumnsAfterAReadInTheUnit() {
        CaseSnapshot v1 = intake();
        storage.cases().save(v1, 0, List.of());
        CaseSnapshot v2 = classified(v1);
        storage.atomically(() -> {
            CaseSnapshot read = storage.cases().findById("CC-1").orElseThrow();
            storage.cases().save(classified(read), 1, List.of(audit(v2)));
            return null;
        });
        // by hand: classified() changes state, opinion_type, validity, category, last_modified_at, next_due_at
        assertThat(updates()).containsExactly("UPDATE wuye_complaint SET version = ?, state = ?, opinion_type = ?, "
                + "validity = ?, category = ?, last_modified_at = ?, next_due_at = ? "
                + "WHERE id = ? AND version = ? AND idempotency_key = ?");
        assertThat(storage.cases().findById("CC-1")).contains(v2);
        assertThat(storage.cases().auditTrail("CC-1")).containsExactly(audit(v2));
    }

    @Test
    @DisplayName("an assignment writes the cycles and their digest; an investigation, texts only, the cycles alone")
    void theCycleDigestIsWrittenWhenWhatItHoldsChanges() {
        CaseSnapshot v1 = intake();
        storage.cases().save(v1, 0, List.of());
        Instant assignedAt = RECEIVED.plusSeconds(3_600);
        HandlingCycle assigned = new HandlingCycle(1, List.of("hd-zhao"), "h-li", assignedAt, null, null, null, null,
                null, null, null, null, null, null, null, null);
        HandlingCycle investigated = new HandlingCycle(1, List.of("hd-zhao"), "h-li", assignedAt, "灯具老化", true,
                "未巡检", null, null, null, null, null, null, null, null, null);
        CaseSnapshot v2 = v1.toBuilder().version(2).cycles(List.of(assigned)).build();
        CaseSnapshot v3 = v2.toBuilder().version(3).cycles(List.of(investigated)).build();
        for (CaseSnapshot next : List.of(v2, v3)) {
            storage.atomically(() -> {
                storage.cases().findById("CC-1").orElseThrow();
                storage.cases().save(next, next.version() - 1, List.of());
                return null;
            });
        }
        assertThat(updates()).containsExactly(
                "UPDATE wuye_complaint SET version = ?, cycles = ?, cycle_digest = ? "
                        + "WHERE id = ? AND version = ? AND idempotency_key = ?",
                "UPDATE wuye_complaint SET version = ?, cycles = ? WHERE id = ? AND version = ? AND idempotency_key = ?");
        assertThat(storage.cases().findById("CC-1")).contains(v3);
    }

    @Test
    @DisplayName("saved without a read in the unit: the update writes every column")
    void writesEveryColumnWithoutARead() {
        CaseSnapshot v1 = intake();
        storage.cases().save(v1, 0, List.of());
        CaseSnapshot v2 = classified(v1);
        storage.cases().save(v2, 1, List.of(audit(v2)));
        assertThat(updates()).hasSize(1);
        String update = updates().get(0);
        for (String column : CaseColumns.CASE_COLUMNS) {
            assertThat(update).contains(" " + column + " = ?");
        }
        assertThat(storage.cases().findById("CC-1")).contains(v2);
    }

    @Test
    @DisplayName("a unit read the row, then another writer changed it: the unit's save is stale and the other writer's row stays whole")
    void aRowChangedSinceTheReadIsStale() {
        CaseSnapshot v1 = intake();
        storage.cases().save(v1, 0, List.of());
        CaseSnapshot other = v1.toBuilder().version(2).contentSummary("楼道灯不亮，已两天").receiverId("r-chen")
                .lastModifiedAt(RECEIVED.plusSeconds(60)).build();
        assertThatThrownBy(() -> storage.atomically(() -> {
            CaseSnapshot read = storage.cases().findById("CC-1").orElseThrow();
            // another connection (a thread of its own: this one runs the unit) saves version 2 first
            Thread writer = new Thread(() -> storage.cases().save(other, 1, List.of()));
            writer.start();
            try {
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            storage.cases().save(classified(read), 1, List.of(audit(classified(read))));
            return null;
        })).isInstanceOf(StaleVersionException.class);
        assertThat(storage.cases().findById("CC-1")).contains(other);
        assertThat(storage.cases().auditTrail("CC-1")).isEmpty();
    }

    @Test
    @DisplayName("two saves of one case in one unit: the second writes only what changed since the first")
    void aSecondSaveInTheUnitComparesWithTheFirst() {
        CaseSnapshot v1 = intake();
        storage.cases().save(v1, 0, List.of());
        CaseSnapshot v2 = classified(v1);
        CaseSnapshot v3 = v2.toBuilder().version(3).receiverId("r-chen").lastModifiedAt(v2.lastModifiedAt().plusSeconds(1))
                .build();
        storage.atomically(() -> {
            storage.cases().findById("CC-1").orElseThrow();
            storage.cases().save(v2, 1, List.of(audit(v2)));
            storage.cases().save(v3, 2, List.of(audit(v3)));
            return null;
        });
        assertThat(updates()).hasSize(2);
        assertThat(updates().get(1)).isEqualTo("UPDATE wuye_complaint SET version = ?, receiver_id = ?, "
                + "last_modified_at = ? WHERE id = ? AND version = ? AND idempotency_key = ?");
        assertThat(storage.cases().findById("CC-1")).contains(v3);
    }
}
