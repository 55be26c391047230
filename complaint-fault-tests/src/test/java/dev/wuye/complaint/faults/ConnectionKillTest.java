package dev.wuye.complaint.faults;

import com.zaxxer.hikari.HikariDataSource;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.store.jdbc.JdbcStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Database connections killed under desk load: four threads take in opinions and move the cases on; once
 * the desk has acknowledged its first writes, all connections of the test's database are ended every
 * 250 ms, 20 times ({@code pg_terminate_backend}, MariaDB {@code KILL}), then the load stops. Writes the desk answered with an exception are not
 * acknowledged; everything it acknowledged must be there, whole, afterwards.
 */
class ConnectionKillTest {

    private static final int THREADS = 4;
    private static final int WARM_ACKS = 20;
    private static final int KILL_ROUNDS = 20;
    private static final long KILL_EVERY_MILLIS = 250;

    @ParameterizedTest(name = "{0}")
    @EnumSource(FaultDatabases.class)
    @DisplayName("R-4.3.1g R-4.2.1 connections killed under load: every acknowledged write is stored whole, none lost")
    void R_4_3_1g_connections_killed_under_load_lose_no_acknowledged_write(FaultDatabases kind) throws Exception {
        FaultDatabases.requireEnabled();
        FaultDatabases.Db db = kind.create();
        try {
            List<DeskLoad.Ack> acks = Collections.synchronizedList(new ArrayList<>());
            AtomicReference<DeskLoad.Stats> stats = new AtomicReference<>();
            int killed = 0;
            int rounds = 0;
            try (HikariDataSource pool = FaultDatabases.pool(db, 10); Connection admin = FaultDatabases.admin(db)) {
                ComplaintDesk desk = DeskLoad.desk(new JdbcStorage(pool));
                AtomicBoolean stop = new AtomicBoolean();
                Thread load = new Thread(() -> {
                    try {
                        stats.set(DeskLoad.run(desk, "kill", THREADS, stop::get, acks::add));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "load");
                load.start();
                // the first commands load and warm the desk: faults start once it runs at its pace
                long warm = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (acks.size() < WARM_ACKS && System.nanoTime() < warm) {
                    Thread.sleep(10);
                }
                for (; rounds < KILL_ROUNDS; rounds++) {
                    Thread.sleep(KILL_EVERY_MILLIS);
                    killed += FaultDatabases.killConnections(db, admin);
                }
                stop.set(true);
                load.join();
            }
            Consistency.Report report;
            try (HikariDataSource fresh = FaultDatabases.pool(db, 2)) {
                report = Consistency.check(new JdbcStorage(fresh), acks);
            }
            System.out.printf("%s connection kills: %d kill rounds, %d connections ended; acknowledged %d, "
                            + "answered with an exception %d, rejected %d; check: %s%n", kind, rounds, killed,
                    stats.get().acknowledged(), stats.get().failed(), stats.get().rejected(), report);
            assertThat(killed).as("connections ended").isPositive();
            assertThat(stats.get().failed()).as("writes answered with an exception").isPositive();
            assertThat(stats.get().acknowledged()).as("acknowledged writes").isGreaterThan(WARM_ACKS);
            assertThat(stats.get().rejected()).as("commands rejected").isZero();
            assertThat(report.lost()).as("acknowledged writes lost: " + report).isZero();
            assertThat(report.broken()).as("inconsistent cases: " + report).isZero();
        } finally {
            FaultDatabases.drop(db);
        }
    }
}
