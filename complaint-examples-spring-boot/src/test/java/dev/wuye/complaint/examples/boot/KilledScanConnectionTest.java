package dev.wuye.complaint.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import dev.wuye.complaint.examples.boot.Api.Answer;
import dev.wuye.complaint.examples.boot.sla.AlertSink;
import dev.wuye.complaint.examples.boot.sla.SlaSchedulingConfiguration;
import dev.wuye.complaint.sla.SlaAlert;
import dev.wuye.complaint.sla.SlaClock;
import dev.wuye.complaint.sla.SlaLevel;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * the SLA alerts keep flowing when the database connection of a running scan is killed. The host runs
 * on PostgreSQL (a fresh schema) with its own db-scheduler settings (heartbeat 5 s, 4 missed heartbeats) and a
 * scan interval of 30 s; the first alert the scan delivers blocks in the sink while the scan holds its
 * connection (the delivery ledger's transaction), and is lost with it. The test terminates every backend of
 * this instance — picked out by the JDBC {@code ApplicationName}, so nothing else on the server is touched —
 * and lets the sink return into the dead transaction. The scan fails, and completing its execution may fail
 * too (it then stays {@code picked} until its heartbeat is 20 s stale and it is run again as dead). A scan must
 * complete and deliver the alert within two scan intervals of the kill; the wall clock only bounds the wait.
 */
class KilledScanConnectionTest {

    /** Monday 10 March 2025, 10:00 in Shanghai. */
    static final LocalDateTime MONDAY_10_AM = LocalDateTime.of(2025, 3, 10, 10, 0);
    static final MutableClock CLOCK = new MutableClock(MONDAY_10_AM);
    static final Duration INTERVAL = Duration.ofSeconds(30);

    /** Held by the first delivery until the test has killed the connections. */
    static final CountDownLatch ENTERED = new CountDownLatch(1);
    static final CountDownLatch RELEASE = new CountDownLatch(1);
    static final List<SlaAlert> DELIVERED = new CopyOnWriteArrayList<>();

    ConfigurableApplicationContext host;

    /** The shared clock and the sink whose first call blocks. */
    @Configuration(proxyBeanMethods = false)
    static class SlowScan {
        @Bean
        @Primary
        MutableClock sharedClock() {
            return CLOCK;
        }

        @Bean
        @Primary
        AlertSink blockingSink() {
            AtomicBoolean first = new AtomicBoolean(true);
            return alert -> {
                if (first.getAndSet(false)) {
                    ENTERED.countDown();
                    try {
                        if (!RELEASE.await(2, TimeUnit.MINUTES)) {
                            throw new IllegalStateException("the test never released the blocked delivery");
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while blocked", e);
                    }
                    // This delivery dies with its transaction: only what later scans deliver is recorded.
                    return;
                }
                DELIVERED.add(alert);
            };
        }
    }

    @AfterEach
    void stop() {
        RELEASE.countDown();
        if (host != null) {
            host.close();
        }
    }

    @Test
    @DisplayName("R-4.7 SLA alerts keep flowing: a scan whose database connection is killed mid-run is "
            + "followed by a successful scan that delivers the alert within two scan intervals")
    void killedScanConnectionIsRecoveredWithinTwoIntervals() throws Exception {
        String applicationName = "wuye-killscan-" + UUID.randomUUID().toString().substring(0, 8);
        String url = ServerDatabases.postgresSchema() + "&ApplicationName=" + applicationName;
        host = new SpringApplicationBuilder(ComplaintServiceApplication.class, SlowScan.class).run(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url,
                "--server.port=0",
                "--wuye.instance-id=killscan",
                "--db-scheduler.scheduler-name=killscan",
                // The host's heartbeat settings (5 s × 4) stay; only the poll is quicker, so the wait is the interval's.
                "--db-scheduler.polling-interval=1s",
                "--wuye.complaint.sla.scan-interval=PT" + INTERVAL.toSeconds() + "S");
        JdbcTemplate jdbc = host.getBean(JdbcTemplate.class);

        // A valid complaint accepted Monday 10 March: its 3-working-day limit ends Thursday 13 March.
        Api api = new Api(TwoInstancesSlaScenario.port(host));
        Answer created = api.post("/api/complaints", Api.RECEIVER, "en", ComplaintApiIntegrationTest.opinion("电梯停运"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = (String) created.body().get("id");
        Answer classified = api.post("/api/complaints/" + id + "/classify", Api.RECEIVER, "en",
                Map.of("type", "COMPLAINT", "ground", "STAFF_ATTITUDE", "category", "STAFF_ATTITUDE", "major", false));
        assertThat(classified.status()).as(classified.raw()).isEqualTo(200);

        // Friday 14 March: overdue. Ask for the next scan now rather than at the end of the current interval.
        CLOCK.set(LocalDateTime.of(2025, 3, 14, 10, 0));
        // (A picked execution cannot be rescheduled: retried until the start-up scan, which found nothing, is over.)
        SchedulerClient scheduler = host.getBean(SchedulerClient.class);
        TaskInstanceId scan = TaskInstanceId.of(SlaSchedulingConfiguration.TASK_NAME, "recurring");
        await().atMost(INTERVAL).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> ENTERED.getCount() == 0 || scheduler.reschedule(scan, Instant.now()));
        assertThat(ENTERED.await(INTERVAL.multipliedBy(2).toSeconds(), TimeUnit.SECONDS))
                .as("the scan reached the sink, holding its connection").isTrue();
        assertThat(picked(jdbc)).as("the scan's execution is picked while it runs").isTrue();

        Instant killed = Instant.now();
        int terminated = terminateBackends(applicationName);
        assertThat(terminated).as("backends of this instance terminated").isPositive();
        RELEASE.countDown();

        await().atMost(INTERVAL.multipliedBy(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Instant lastSuccess = lastSuccess(jdbc);
            assertThat(lastSuccess).as("last successful scan").isNotNull().isAfter(killed);
            assertThat(DELIVERED).anySatisfy(alert -> {
                assertThat(alert.caseId()).isEqualTo(id);
                assertThat(alert.clock()).isEqualTo(SlaClock.TIME_LIMIT);
                assertThat(alert.level()).isEqualTo(SlaLevel.OVERDUE);
            });
        });
        System.out.printf("KilledScanConnectionTest: %d backend(s) terminated; a scan succeeded and delivered "
                + "the alert %.1f s after the kill (bound: %d s)%n", terminated,
                Duration.between(killed, Instant.now()).toMillis() / 1000.0, INTERVAL.multipliedBy(2).toSeconds());
        List<SlaAlert.Key> keys = DELIVERED.stream().filter(alert -> id.equals(alert.caseId())).map(SlaAlert::key).toList();
        assertThat(keys).as("each of the case's alerts delivered once after the kill").doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from sla_alert_delivery where complaint_id = ?",
                Integer.class, id)).as("the ledger holds exactly the deliveries made after the kill").isEqualTo(keys.size());
    }

    private static int terminateBackends(String applicationName) throws Exception {
        try (Connection c = DriverManager.getConnection(ServerDatabases.POSTGRES, "postgres", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) filter (where pg_terminate_backend(pid)) "
                     + "from pg_stat_activity where application_name = '" + applicationName
                     + "' and pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Instant lastSuccess(JdbcTemplate jdbc) {
        Timestamp t = jdbc.queryForObject("select max(last_success) from scheduled_tasks where task_name = ?",
                Timestamp.class, SlaSchedulingConfiguration.TASK_NAME);
        return t == null ? null : t.toInstant();
    }

    private static boolean picked(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select bool_or(picked) from scheduled_tasks where task_name = ?",
                Boolean.class, SlaSchedulingConfiguration.TASK_NAME));
    }
}
