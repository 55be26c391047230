package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.DutyLogEntry;
import dev.wuye.complaint.spi.StoreException;
import dev.wuye.complaint.tck.Snapshots;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Faults answered truthfully by the JDBC store: what fails after a commit never turns the stored write into
 * an error; a connection that fails before any statement ran is replaced once; conflict detection survives a
 * driver that gives no SQLSTATE. Faults are injected with a {@link DataSource} wrapper around H2.
 */
class JdbcFaultAnswersTest {

    /** Fails chosen calls on the connections it hands out. */
    private static DataSource failing(DataSource ds, AtomicInteger brokenConnections, String failingMethod,
                                      SQLException failure) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (p, m, args) -> {
                    Object r = invoke(ds, m, args);
                    if (!m.getName().equals("getConnection")) {
                        return r;
                    }
                    Connection c = (Connection) r;
                    boolean broken = brokenConnections.getAndDecrement() > 0;
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                            (p2, m2, args2) -> {
                                if (broken && m2.getName().equals(failingMethod)
                                        && (!m2.getName().equals("setAutoCommit") || Boolean.TRUE.equals(args2[0]))) {
                                    if (m2.getName().equals("close")) {
                                        c.close();
                                    }
                                    throw failure;
                                }
                                return invoke(c, m2, args2);
                            });
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static DutyLogEntry duty(CaseSnapshot s) {
        return new DutyLogEntry(s.id() + "#1", s.department(), "S201", s.lastModifiedAt(), "REGISTERED", s.id(), "夜间受理");
    }

    @Test
    @DisplayName("R-4.3.1g a connection that breaks when reset after the commit: the intake and its duty entry are stored and no error is raised")
    void R_4_3_1g_failure_after_commit_is_logged_not_thrown() {
        DataSource h2 = TestDatabases.cleanDataSource(TestDatabases.Db.H2);
        AtomicInteger broken = new AtomicInteger(1000);
        JdbcStorage store = new JdbcStorage(failing(h2, broken, "setAutoCommit",
                new SQLException("connection reset by peer", "08006")));
        CaseSnapshot s = Snapshots.sample("FAULT-1");

        store.atomically(() -> {
            store.cases().save(s, 0, List.of(Snapshots.audit(s, "ReceiveOpinion")));
            return store.dutyLog().append(duty(s));
        });

        JdbcStorage clean = new JdbcStorage(h2);
        assertThat(clean.cases().findById("FAULT-1")).contains(s);
        assertThat(clean.dutyLog().findById("FAULT-1#1")).contains(duty(s));
    }

    @Test
    @DisplayName("R-4.3.1g a connection closed by the server before any statement ran is replaced once; the unit is stored")
    void R_4_3_1g_dead_connection_before_any_statement_is_replaced_once() {
        DataSource h2 = TestDatabases.cleanDataSource(TestDatabases.Db.H2);
        AtomicInteger broken = new AtomicInteger(0);
        JdbcStorage store = new JdbcStorage(h2);
        JdbcStorage faulty = new JdbcStorage(failing(h2, broken, "prepareStatement",
                new SQLException("terminating connection due to administrator command", "57P01")));
        broken.set(1); // the next connection handed out, the unit's first: dead before its first statement
        CaseSnapshot s = Snapshots.sample("FAULT-2");

        faulty.atomically(() -> {
            faulty.cases().save(s, 0, List.of(Snapshots.audit(s, "ReceiveOpinion")));
            return faulty.dutyLog().append(duty(s));
        });

        assertThat(store.cases().findById("FAULT-2")).contains(s);
        assertThat(store.dutyLog().findById("FAULT-2#1")).isPresent();
        assertThat(broken.get()).as("connections handed out after the dead one").isEqualTo(-1);
    }

    @Test
    @DisplayName("R-4.3.1g a second dead connection in a row is answered as a store failure, and nothing is stored")
    void R_4_3_1g_two_dead_connections_fail_the_unit() {
        DataSource h2 = TestDatabases.cleanDataSource(TestDatabases.Db.H2);
        AtomicInteger broken = new AtomicInteger(1000);
        JdbcStorage faulty = new JdbcStorage(failing(h2, broken, "prepareStatement",
                new SQLTransientConnectionException("connection is not available")));
        CaseSnapshot s = Snapshots.sample("FAULT-3");

        assertThatThrownBy(() -> faulty.atomically(() -> {
            faulty.cases().save(s, 0, List.of(Snapshots.audit(s, "ReceiveOpinion")));
            return null;
        })).isInstanceOf(StoreException.class);
        assertThat(new JdbcStorage(h2).cases().findById("FAULT-3")).isEmpty();
    }

    @Test
    @DisplayName("a driver error without SQLSTATE is judged by its error code, never a NullPointerException")
    void conflict_detection_is_null_safe() {
        assertThat(Dialect.isConflict(new SQLException("no state"))).isFalse();
        assertThat(Dialect.isConflict(new SQLException("deadlock", null, 1213))).isTrue();
        assertThat(Dialect.isConflict(new SQLException("serialization", "40001"))).isTrue();
        assertThat(ConnectionFailures.isLostConnection(new SQLException("no state"))).isFalse();
        assertThat(ConnectionFailures.isLostConnection(new SQLException("killed", "70100", 1927))).isTrue();
        assertThat(ConnectionFailures.isLostConnection(new SQLException("terminated", "57P01"))).isTrue();
        assertThat(ConnectionFailures.isLostConnection(new SQLException("duplicate", "23505"))).isFalse();
    }
}
